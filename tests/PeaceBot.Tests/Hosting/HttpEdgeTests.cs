using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;

namespace PeaceBot.Tests.Hosting;

/// <summary>Secure defaults at the HTTP edge: who may use /api/ask and /metrics, and whose forwarded address is believed.</summary>
public sealed class HttpEdgeTests
{
    private static StringContent Help() => new("{\"command\":\"/help\"}", Encoding.UTF8, "application/json");

    [Fact]
    public async Task Without_a_key_or_anonymous_access_the_api_and_metrics_answer_404_and_the_log_says_so()
    {
        var logs = new CapturedLogs();
        await using var server = await BotServer.StartAsync(null, b => b.Logging.AddProvider(logs), "--Api:Key", "");
        using var bare = new HttpClient { BaseAddress = server.Client.BaseAddress };

        var ask = await bare.PostAsync("/api/ask", Help());
        Assert.Equal(HttpStatusCode.NotFound, ask.StatusCode);
        Assert.Contains("Api:Key", await ask.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await bare.GetAsync("/metrics")).StatusCode);
        Assert.Contains(logs.Lines, l => l.Contains("API: /api/ask is off (404)"));
        Assert.Contains(logs.Lines, l => l.Contains("Metrics: /metrics is off (404)"));
    }

    [Fact]
    public async Task Anonymous_access_opens_the_api_to_callers_without_a_key()
    {
        var logs = new CapturedLogs();
        await using var server = await BotServer.StartAsync(null, b => b.Logging.AddProvider(logs), "--Api:Key", "", "--Api:AllowAnonymous", "true");
        using var bare = new HttpClient { BaseAddress = server.Client.BaseAddress };

        var ask = await bare.PostAsync("/api/ask", new StringContent("{\"command\":\"/ask ferry strait\"}"));
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        Assert.Contains("ferry resumed", await ask.Content.ReadAsStringAsync());
        // Anonymous callers are never moderators.
        var status = await bare.PostAsync("/api/ask", new StringContent("{\"command\":\"/status\"}"));
        Assert.Contains("Only moderators", await status.Content.ReadAsStringAsync());
        Assert.Contains(logs.Lines, l => l.Contains("API: /api/ask is open to anyone without a key"));
    }

    [Fact]
    public async Task With_a_key_the_api_and_metrics_need_it()
    {
        var logs = new CapturedLogs();
        await using var server = await BotServer.StartAsync(null, b => b.Logging.AddProvider(logs));
        using var bare = new HttpClient { BaseAddress = server.Client.BaseAddress };

        Assert.Equal(HttpStatusCode.Unauthorized, (await bare.PostAsync("/api/ask", Help())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bare.GetAsync("/metrics")).StatusCode);
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotServer.ApiKey + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, (await bare.SendAsync(wrong)).StatusCode);
        Assert.Contains("peacebot_answers_total", await server.Client.GetStringAsync("/metrics"));
        Assert.Contains(logs.Lines, l => l.Contains("API: /api/ask requires the bearer key (Api:Key)"));
        Assert.Contains(logs.Lines, l => l.Contains("Metrics: /metrics requires the bearer key (Api:Key)"));
    }

    [Fact]
    public async Task Metrics_urls_serve_metrics_there_alone_and_nowhere_else()
    {
        var port = BotServer.FreePort();
        await using var server = await BotServer.StartAsync(null, "--Metrics:Urls", $"http://127.0.0.1:{port}");
        using var metrics = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        Assert.Contains("peacebot_knowledge_files", await metrics.GetStringAsync("/metrics"));
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await metrics.PostAsync("/api/ask", Help())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await metrics.GetAsync("/readyz")).StatusCode);
    }

    [Theory]
    [InlineData("--ForwardedHeaders:KnownProxies:0", "127.0.0.1")]
    [InlineData("--ForwardedHeaders:KnownNetworks:0", "127.0.0.0/8")]
    public async Task Behind_a_known_proxy_each_forwarded_client_has_its_own_rate_limit(string key, string value)
    {
        await using var server = await BotServer.StartAsync(null, "--RateLimit:Enabled", "true", "--RateLimit:PermitsPerWindow", "1", key, value);

        Assert.Equal(HttpStatusCode.OK, await AskFrom(server, "203.0.113.5"));
        Assert.Equal(HttpStatusCode.OK, await AskFrom(server, "203.0.113.6"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await AskFrom(server, "203.0.113.5"));
    }

    [Theory]
    [InlineData()]
    [InlineData("--ForwardedHeaders:KnownProxies:0", "10.9.8.7")]
    [InlineData("--ForwardedHeaders:KnownNetworks:0", "192.168.0.0/16")]
    public async Task A_spoofed_forwarded_for_from_elsewhere_is_ignored(params string[] settings)
    {
        await using var server = await BotServer.StartAsync(null, ["--RateLimit:Enabled", "true", "--RateLimit:PermitsPerWindow", "1", .. settings]);

        Assert.Equal(HttpStatusCode.OK, await AskFrom(server, "203.0.113.5"));
        // Another forwarded address does not buy a new bucket: the socket address (loopback) is the client.
        Assert.Equal(HttpStatusCode.TooManyRequests, await AskFrom(server, "203.0.113.6"));
    }

    private static async Task<HttpStatusCode> AskFrom(BotServer server, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ask") { Content = Help() };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return (await server.Client.SendAsync(request)).StatusCode;
    }
}
