using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using PeaceBot.Hosting;

namespace PeaceBot.Tests.Hosting;

public sealed class ServeTests
{
    [Fact]
    public async Task Health_readiness_and_the_api_answer()
    {
        await using var server = await BotServer.StartAsync();

        Assert.Equal("ok", await server.Client.GetStringAsync("/healthz"));
        var ready = await server.Client.GetStringAsync("/readyz");
        Assert.Contains("\"ready\":true", ready);
        var answer = await server.AskAsync("/ask ferry strait");
        Assert.Equal("ask", answer.GetProperty("command").GetString());
        Assert.Contains("ferry resumed", answer.GetProperty("results")[0].GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("not json", HttpStatusCode.BadRequest)]
    [InlineData("{\"question\":\"x\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"command\":\"/help\",\"page\":0}", HttpStatusCode.BadRequest)]
    [InlineData("{\"command\":\"/help\",\"page\":\"2\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"command\":\"/help\",\"page_size\":true}", HttpStatusCode.BadRequest)]
    [InlineData("{\"command\":\"\\ud800\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"command\":\"/frobnicate\"}", HttpStatusCode.OK)]
    public async Task The_api_refuses_malformed_bodies_with_a_reason(string body, HttpStatusCode expected)
    {
        await using var server = await BotServer.StartAsync();
        var response = await server.Client.PostAsync("/api/ask", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(expected, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invalid_utf8_in_the_body_is_a_400_with_a_reason()
    {
        await using var server = await BotServer.StartAsync();
        byte[] body = [.. Encoding.UTF8.GetBytes("{\"command\":\"/ask "), 0xC3, 0x28, 0xFF, .. Encoding.UTF8.GetBytes("\"}")];
        var response = await server.Client.PostAsync("/api/ask", new ByteArrayContent(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("UTF-8", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_oversized_body_is_refused()
    {
        await using var server = await BotServer.StartAsync();
        var response = await server.Client.PostAsync("/api/ask", new StringContent($"{{\"command\":\"{new string('a', 40_000)}\"}}"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task The_api_key_is_required_when_set_and_makes_its_holder_a_moderator()
    {
        await using var server = await BotServer.StartAsync();

        foreach (var header in new AuthenticationHeaderValue?[] { null, new("Bearer", "wrong-key-wrong-key-123"), new("Basic", BotServer.ApiKey) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ask") { Content = new StringContent("{\"command\":\"/help\"}") };
            request.Headers.Authorization = header;
            using var bare = new HttpClient { BaseAddress = server.Client.BaseAddress };
            Assert.Equal(HttpStatusCode.Unauthorized, (await bare.SendAsync(request)).StatusCode);
        }
        var status = await server.AskAsync("/status");
        Assert.Equal("status", status.GetProperty("command").GetString());
    }

    [Fact]
    public async Task Metrics_count_answers_and_knowledge()
    {
        await using var server = await BotServer.StartAsync();
        await server.AskAsync("/sources");
        var metrics = await server.Client.GetStringAsync("/metrics");
        Assert.Contains("peacebot_answers_total{front_end=\"api\",command=\"sources\",outcome=\"answered\"}", metrics);
        Assert.Contains("peacebot_answer_duration_seconds_bucket", metrics);
        Assert.Contains("peacebot_knowledge_passages", metrics);
        Assert.Contains("peacebot_reloads_total", metrics);
    }

    [Fact]
    public async Task A_client_over_the_rate_limit_gets_429_with_retry_after()
    {
        await using var server = await BotServer.StartAsync(null, "--RateLimit:Enabled", "true", "--RateLimit:PermitsPerWindow", "3", "--RateLimit:WindowSeconds", "60", "--Api:AllowAnonymous", "true");
        using var anonymous = new HttpClient { BaseAddress = server.Client.BaseAddress };
        var codes = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last = await anonymous.PostAsync("/api/ask", new StringContent("{\"command\":\"/help\"}"));
            codes.Add(last.StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], codes);
        var retryAfter = last!.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
        Assert.Contains("too many requests", await last.Content.ReadAsStringAsync());
        Assert.Contains("peacebot_rate_limited_total{front_end=\"api\"} 2", await server.Client.GetStringAsync("/metrics"));
    }

    [Theory]
    [InlineData("--RateLimit:PermitsPerWindow", "0", "PermitsPerWindow")]
    [InlineData("--Api:Key", "short", "Api:Key")]
    [InlineData("--Knowledge:DebounceMilliseconds", "1", "DebounceMilliseconds")]
    [InlineData("--Discord:PublicKey", "not-a-key", "Discord:PublicKey")]
    [InlineData("--Slack:BotToken", "not-a-token", "Slack")]
    public async Task Invalid_configuration_stops_start_up_naming_the_key(string key, string value, string named)
    {
        WebApplication? app = null;
        var e = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            app = PeaceBotHost.Build(["--urls", "http://127.0.0.1:0", key, value]);
            await app.StartAsync();
        });
        Assert.Contains(named, string.Join(' ', e.Failures));
        if (app is not null) await app.DisposeAsync();
    }

    [Fact]
    public async Task Discord_requests_are_served_end_to_end_with_the_real_engine()
    {
        using var key = NSec.Cryptography.Key.Create(NSec.Cryptography.SignatureAlgorithm.Ed25519,
            new NSec.Cryptography.KeyCreationParameters { ExportPolicy = NSec.Cryptography.KeyExportPolicies.AllowPlaintextExport });
        var publicKey = Convert.ToHexString(key.PublicKey.Export(NSec.Cryptography.KeyBlobFormat.RawPublicKey));
        await using var server = await BotServer.StartAsync(null, "--Discord:PublicKey", publicKey, "--Discord:ApplicationId", "123456789012345678");

        var body = Encoding.UTF8.GetBytes("""{"id":"1","application_id":"123456789012345678","type":2,"token":"t","member":{"user":{"id":"u"},"permissions":"0","roles":[]},"data":{"id":"9","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"ferry strait"}]}}""");
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = Convert.ToHexString(NSec.Cryptography.SignatureAlgorithm.Ed25519.Sign(key, [.. Encoding.UTF8.GetBytes(ts), .. body]));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new ByteArrayContent(body) };
        request.Headers.Add("X-Signature-Ed25519", signature);
        request.Headers.Add("X-Signature-Timestamp", ts);
        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ferry resumed", await response.Content.ReadAsStringAsync());
        Assert.Contains("front_end=\"discord\"", await server.Client.GetStringAsync("/metrics"));
    }

    [Fact]
    public async Task The_serve_verb_prints_the_key_that_is_wrong_and_exits_1()
    {
        var run = await PeaceBot.Tests.Terminal.CliRun.RunAsync("", "serve", "--urls", "http://127.0.0.1:0", "--RateLimit:WindowSeconds", "0");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("WindowSeconds", run.Error);
    }
}
