using Microsoft.Extensions.Options;
using PeaceBot.Core.Answers;
using PeaceBot.Core.Engine;
using PeaceBot.Core.Suggestions;
using PeaceBot.Storage;
using PeaceBot.WebConsole;
using PeaceBot.Terminal;
using Prometheus;

namespace PeaceBot.Hosting;

/// <summary>
/// The served bot: the knowledge service and its watcher, the engine behind rate limits and metrics, health, the
/// HTTP API and whichever chat adapters are configured. Configuration comes from appsettings.json, environment
/// variables (<c>Discord__PublicKey</c>) and the command line; bad values stop start-up naming the key.
/// </summary>
public static class PeaceBotHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrel(k => k.AddServerHeader = false);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // The health check service logs every probe that finds the bot not ready as an error, several a second while
        // knowledge loads; /readyz's body gives the reasons and the knowledge service logs its own failures once.
        builder.Logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.Critical);
        builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        // In-flight answers get this long to finish on SIGTERM; compose's stop_grace_period is longer.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(15));

        var services = builder.Services;
        services.AddOptions<KnowledgeHostOptions>().Bind(builder.Configuration.GetSection(KnowledgeHostOptions.Section)).ValidateDataAnnotations()
            .Validate(o => o.Folder is null or "" || Directory.Exists(o.Folder), "Knowledge:Folder must name an existing folder").ValidateOnStart();
        services.AddOptions<ApiOptions>().Bind(builder.Configuration.GetSection(ApiOptions.Section))
            .Validate(o => o.Key is null or "" || o.Key.Length >= 16, "Api:Key must be at least 16 characters (or empty: /api/ask is then off unless Api:AllowAnonymous=true)").ValidateOnStart();
        services.AddOptions<RateLimitOptions>().Bind(builder.Configuration.GetSection(RateLimitOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<HealthOptions>().Bind(builder.Configuration.GetSection(HealthOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.AddHttpEdge();
        services.AddPeaceBotHealth();

        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<KnowledgeHostOptions>>().Value;
            var folder = KnowledgeLocator.Find(o.Folder) ?? Path.Combine(AppContext.BaseDirectory, "knowledge");
            Directory.CreateDirectory(folder);
            return new KnowledgeService(folder, new KnowledgeOptions { IndexPath = string.IsNullOrWhiteSpace(o.IndexPath) ? null : o.IndexPath },
                sp.GetRequiredService<ILoggerFactory>().CreateLogger<KnowledgeService>());
        });
        var cacheSize = builder.Configuration.GetValue("Answers:CacheSize", 4096);
        if (cacheSize is < 0 or > 1_000_000)
            throw new OptionsValidationException("Answers", typeof(int), ["Answers:CacheSize must be 0 (off) to 1000000 answers."]);
        services.AddSingleton(sp => ImportHosting.Create(builder.Configuration, sp.GetRequiredService<KnowledgeService>().Folder, sp.GetRequiredService<ILoggerFactory>().CreateLogger("PeaceBot.Import")));
        services.AddSingleton(sp => new PeaceBotEngine(sp.GetRequiredService<KnowledgeService>(), sp.GetRequiredService<ILoggerFactory>().CreateLogger<PeaceBotEngine>(), cacheSize)
            { Imports = sp.GetRequiredService<ImportHosting>().Imports });
        services.AddSingleton<ISuggestionService>(sp => sp.GetRequiredService<PeaceBotEngine>());
        services.AddSingleton<BotMetrics>();
        services.AddSingleton(sp => new ObservedAnswerService(sp.GetRequiredService<PeaceBotEngine>(), sp.GetRequiredService<IOptions<RateLimitOptions>>(),
            sp.GetRequiredService<BotMetrics>(), sp.GetRequiredService<ILogger<ObservedAnswerService>>()));
        services.AddSingleton<IAnswerService>(sp => sp.GetRequiredService<ObservedAnswerService>());
        services.AddBotStorage(builder.Configuration);
        services.AddModeratorConsole();
        // Before the watcher, so the gauges see the start-up load.
        services.AddHostedService<KnowledgeMetrics>();
        services.AddHostedService<KnowledgeWatcher>();
        var adapters = ChatAdapters.Add(services, builder.Configuration);
        // Last, so a caller (the tests) may add configuration, log providers, or replace a service.
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseHttpEdge();
        app.MapHealth();
        app.MapAskApi();
        app.MapMetrics("/metrics", app.Services.GetRequiredService<BotMetrics>().Registry);
        ChatAdapters.Map(app);
        app.MapModeratorConsole();
        // Said once the host is up, so a configuration error is the only thing a failed start prints.
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("PeaceBot");
            foreach (var line in adapters) log.LogInformation("{Adapter}", line);
            var api = app.Services.GetRequiredService<IOptions<ApiOptions>>().Value;
            log.LogInformation("{Api}", api.Describe());
            log.LogInformation("{Metrics}", HttpEdge.DescribeMetrics(app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value, api));
        });
        return app;
    }
}
