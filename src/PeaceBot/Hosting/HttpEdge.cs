using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace PeaceBot.Hosting;

/// <summary>
/// What stands between the network and the endpoints: forwarded headers believed only from the configured proxies
/// (<see cref="ProxyOptions"/>), the per-client rate limit on <c>/api/ask</c> (ASP.NET Core rate limiting: 429 with
/// <c>Retry-After</c>), and where <c>/metrics</c> answers (<see cref="MetricsOptions"/>).
/// </summary>
public static class HttpEdge
{
    public const string ApiPolicy = "api";
    private const string DefaultUrls = "http://0.0.0.0:8080";

    public static void AddHttpEdge(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        var proxyOptions = config.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions();
        if (proxyOptions.Errors().ToList() is { Count: > 0 } proxyErrors)
            throw new OptionsValidationException(ProxyOptions.Section, typeof(ProxyOptions), proxyErrors);
        services.AddOptions<ProxyOptions>().Bind(config.GetSection(ProxyOptions.Section));
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxies) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // ASP.NET trusts loopback by default; only what the operator configured is believed.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var p in proxies.Value.KnownProxies) if (IPAddress.TryParse(p, out var ip)) forwarded.KnownProxies.Add(ip);
            foreach (var n in proxies.Value.KnownNetworks) if (System.Net.IPNetwork.TryParse(n, out var net)) forwarded.KnownIPNetworks.Add(net);
        });

        services.AddRateLimiter(o =>
        {
            o.AddPolicy(ApiPolicy, http =>
            {
                var limits = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return !limits.Enabled ? RateLimitPartition.GetNoLimiter(client)
                    : RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limits.PermitsPerWindow, Window = TimeSpan.FromSeconds(limits.WindowSeconds), QueueLimit = 0,
                    });
            });
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                var limits = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(limits.WindowSeconds);
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                http.RequestServices.GetRequiredService<BotMetrics>().RateLimited.WithLabels(ObservedAnswerService.HttpLimitedFrontEnd).Inc();
                await http.Response.WriteAsJsonAsync(new { error = $"too many requests from this address; retry in {seconds} s" }, ct);
            };
        });

        var metrics = config.GetSection(MetricsOptions.Section).Get<MetricsOptions>() ?? new MetricsOptions();
        services.AddOptions<MetricsOptions>().Bind(config.GetSection(MetricsOptions.Section));
        var main = config["urls"] is { Length: > 0 } u ? u : Environment.GetEnvironmentVariable("ASPNETCORE_URLS") is { Length: > 0 } e ? e : DefaultUrls;
        if (metrics.HasOwnAddress)
        {
            var ports = metrics.Ports()
                ?? throw new OptionsValidationException(MetricsOptions.Section, typeof(MetricsOptions), [$"Metrics:Urls: '{metrics.Urls}' must be addresses with a port of their own, e.g. http://0.0.0.0:9090"]);
            var taken = new MetricsOptions { Urls = main }.Ports() ?? new HashSet<int>();
            if (ports.Overlaps(taken))
                throw new OptionsValidationException(MetricsOptions.Section, typeof(MetricsOptions), [$"Metrics:Urls: '{metrics.Urls}' shares a port with urls '{main}'; give /metrics a port of its own"]);
            main += ";" + string.Join(';', metrics.Addresses);
        }
        builder.WebHost.UseUrls(main);
    }

    public static void UseHttpEdge(this WebApplication app)
    {
        // With no known proxy the middleware would believe every sender, so it runs only when proxies are configured.
        var proxies = app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value;
        if (proxies.KnownProxies.Length + proxies.KnownNetworks.Length > 0) app.UseForwardedHeaders();
        var metrics = app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value;
        var api = app.Services.GetRequiredService<IOptions<ApiOptions>>().Value;
        var ports = metrics.HasOwnAddress ? metrics.Ports() : null;
        app.Use(async (http, next) =>
        {
            var isMetrics = http.Request.Path.Equals("/metrics", StringComparison.OrdinalIgnoreCase);
            if (ports is not null)
            {
                // The metrics address serves /metrics alone, and /metrics is served nowhere else.
                if (ports.Contains(http.Connection.LocalPort) != isMetrics)
                {
                    http.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }
            }
            else if (isMetrics && !api.HasKey)
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                await http.Response.WriteAsJsonAsync(new { error = "metrics are off: the operator sets Api:Key (bearer) or Metrics:Urls (an address of their own)" });
                return;
            }
            else if (isMetrics && !BearerKey.Matches(http.Request, api.Key!))
            {
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                http.Response.Headers.WWWAuthenticate = "Bearer";
                return;
            }
            await next(http);
        });
        app.UseRateLimiter();
    }

    /// <summary>The start-up log line saying where <c>/metrics</c> answers.</summary>
    public static string DescribeMetrics(MetricsOptions metrics, ApiOptions api) =>
        metrics.HasOwnAddress ? $"Metrics: /metrics only on {string.Join(", ", metrics.Addresses)} (Metrics:Urls)"
        : api.HasKey ? "Metrics: /metrics requires the bearer key (Api:Key)"
        : "Metrics: /metrics is off (404): set Api:Key, or Metrics:Urls for an address of its own";
}
