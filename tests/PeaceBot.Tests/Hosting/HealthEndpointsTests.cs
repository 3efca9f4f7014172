using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PeaceBot.Core.Knowledge;
using PeaceBot.Hosting;

namespace PeaceBot.Tests.Hosting;

/// <summary>/healthz says the process serves; /readyz says honestly whether the answers are what the operator configured.</summary>
public sealed class HealthEndpointsTests
{
    private static async Task<(HttpStatusCode Code, JsonElement Body)> ReadyAsync(BotServer server)
    {
        var response = await server.Client.GetAsync("/readyz");
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private static string Reasons(JsonElement body) => string.Join(" | ", body.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));

    [Fact]
    public async Task Healthy_knowledge_is_ready_with_its_counts_and_no_reasons()
    {
        await using var server = await BotServer.StartAsync();
        var (code, body) = await ReadyAsync(server);
        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal(1, body.GetProperty("files").GetInt32());
        Assert.Equal(0, body.GetProperty("reasons").GetArrayLength());
        Assert.Equal("healthy", body.GetProperty("checks").GetProperty("sessions").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_removed_folder_is_degraded_while_the_last_good_knowledge_serves_and_liveness_stays_200()
    {
        await using var server = await BotServer.StartAsync();
        Directory.Delete(server.Folder, recursive: true);
        await server.WaitUntilAsync(async () => (await ReadyAsync(server)).Body.GetProperty("status").GetString() == "degraded");

        var (code, body) = await ReadyAsync(server);
        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Contains("serving the last good knowledge (1 files)", Reasons(body));
        Assert.Equal("ok", await server.Client.GetStringAsync("/healthz"));
        Assert.Contains("ferry resumed", (await server.AskAsync("/ask ferry strait")).GetProperty("results")[0].GetProperty("text").GetString());
        Directory.CreateDirectory(server.Folder);
    }

    [Fact]
    public async Task An_empty_folder_serves_nothing_and_is_not_ready_with_the_reason()
    {
        await using var server = await StartUnreadyAsync(new Dictionary<string, string>());
        var (code, body) = await ReadyAsync(server);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, code);
        Assert.False(body.GetProperty("ready").GetBoolean());
        Assert.Equal("unhealthy", body.GetProperty("status").GetString());
        Assert.Contains("knowledge: no knowledge is served: the knowledge folder", Reasons(body));
        Assert.Contains("holds no knowledge files", Reasons(body));
    }

    [Fact]
    public async Task An_index_that_fell_back_to_memory_against_the_configuration_is_not_ready()
    {
        var blocker = Path.GetTempFileName(); // a file where the index folder should be made
        await using var server = await StartUnreadyAsync("--Knowledge:IndexPath", Path.Combine(blocker, "index"));
        var (code, body) = await ReadyAsync(server);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, code);
        Assert.Contains("the index is in memory", Reasons(body));
        File.Delete(blocker);
    }

    [Fact]
    public async Task A_platform_session_down_past_its_grace_is_not_ready()
    {
        // Discord gateway mode against an address nothing listens on: the session never comes up.
        await using var server = await StartUnreadyAsync("--Discord:PublicKey", string.Concat(Enumerable.Repeat("ab12", 16)),
            "--Discord:ApplicationId", "123456789012345678", "--Discord:BotToken", "test-bot-token", "--Discord:Mode", "Gateway",
            "--Discord:GatewayUrl", $"ws://127.0.0.1:{BotServer.FreePort()}/", "--Health:SessionGraceSeconds", "0");
        var (code, body) = await ReadyAsync(server);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, code);
        Assert.Contains("sessions: Discord gateway is down since", Reasons(body));
        Assert.Equal("healthy", body.GetProperty("checks").GetProperty("knowledge").GetProperty("status").GetString());
        Assert.Equal("ok", await server.Client.GetStringAsync("/healthz"));
    }

    [Fact]
    public async Task A_failed_index_write_is_degraded_counted_in_metrics_and_the_last_good_knowledge_serves()
    {
        var index = Path.Combine(Directory.CreateTempSubdirectory("peacebot-index-").FullName, "index");
        await using var server = await BotServer.StartAsync(null, "--Knowledge:IndexPath", index);
        Assert.Equal(0, await server.MetricAsync("peacebot_index_write_failures_total"));

        // The index folder turns into a file: the next commit cannot write.
        Directory.Delete(index, recursive: true);
        await File.WriteAllTextAsync(index, "not a folder");
        await File.WriteAllTextAsync(Path.Combine(server.Folder, "harbour.md"), BotServer.Article("Harbour", "The harbour master reopened the grain berth."));
        await server.WaitUntilAsync(async () => await server.MetricAsync("peacebot_index_write_failures_total") >= 1);

        var (code, body) = await ReadyAsync(server);
        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal("degraded", body.GetProperty("status").GetString());
        Assert.Contains("could not write the index", Reasons(body));
        Assert.Contains("ferry resumed", (await server.AskAsync("/ask ferry strait")).GetProperty("results")[0].GetProperty("text").GetString());
        File.Delete(index);
    }

    [Fact]
    public void A_failed_reload_is_degraded_while_files_serve_and_unhealthy_when_none_do()
    {
        var failed = new KnowledgeHealth(null, "the reload could not write the index (disk full)", null);
        var serving = Status(files: 3) with { Health = failed };
        var nothing = Status(files: 0) with { Health = failed };

        var degraded = KnowledgeHealthCheck.Evaluate(serving);
        Assert.Equal(HealthStatus.Degraded, degraded.Status);
        Assert.Contains("disk full", degraded.Description);
        var unhealthy = KnowledgeHealthCheck.Evaluate(nothing);
        Assert.Equal(HealthStatus.Unhealthy, unhealthy.Status);
        Assert.Contains("no knowledge is served", unhealthy.Description);
        Assert.Equal(HealthStatus.Unhealthy, KnowledgeHealthCheck.Evaluate(Status(files: 3, generation: 0)).Status);
        Assert.Equal(HealthStatus.Healthy, KnowledgeHealthCheck.Evaluate(Status(files: 3)).Status);
    }

    private static KnowledgeStatus Status(int files, long generation = 1) =>
        new("/k", files, files * 2, 0, 0, 0, 0, [], DateTimeOffset.UtcNow, TimeSpan.Zero, generation);

    /// <summary>A served bot whose /readyz is expected to stay 503: waits for the first load, not for readiness.</summary>
    private static Task<BotServer> StartUnreadyAsync(params string[] settings) => StartUnreadyAsync(null, settings);

    private static async Task<BotServer> StartUnreadyAsync(IDictionary<string, string>? files, params string[] settings)
    {
        var server = await BotServer.StartAsync(files, null, settings, waitForReady: false);
        await server.WaitUntilAsync(async () => (await ReadyAsync(server)).Body.GetProperty("checks").GetProperty("knowledge").GetProperty("description").GetString() != "knowledge is not loaded yet");
        return server;
    }
}
