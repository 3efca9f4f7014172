using System.Net.WebSockets;
using PeaceBot.Discord.Tests.Support;

namespace PeaceBot.Discord.Tests;

public sealed class GatewayTests
{
    private static JsonObject Dispatch(string type, JsonNode data, long seq) => new() { ["op"] = 0, ["t"] = type, ["s"] = seq, ["d"] = data };

    private static JsonNode Interaction(string id) => JsonNode.Parse(
        System.Text.RegularExpressions.Regex.Replace(DiscordTestHost.Command("sources", "[]"), "^\\{\"id\":\"[0-9]+\"", $"{{\"id\":\"{id}\""))!;

    [Fact]
    public async Task Identifies_answers_through_the_callback_and_resumes_after_a_drop_without_answering_twice()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(new()
        {
            ["Discord:Mode"] = "Gateway",
            ["Discord:GatewayUrl"] = gateway.Url,
        });

        var first = await gateway.NextConnectionAsync();
        var identify = await gateway.WaitForOpAsync(2);
        Assert.Equal("test-bot-token", (string)identify["d"]!["token"]!);
        Assert.Equal(0, (int)identify["d"]!["intents"]!);
        await FakeGateway.SendAsync(first, Dispatch("READY", new JsonObject { ["session_id"] = "sess-1", ["resume_gateway_url"] = gateway.Url }, 1));
        await FakeGateway.SendAsync(first, Dispatch("INTERACTION_CREATE", Interaction("5001"), 2));

        var callback = await host.Api.WaitForAsync(c => c.Method == "POST" && c.Path.StartsWith("/api/v10/interactions/5001/", StringComparison.Ordinal));
        var body = JsonNode.Parse(callback.Body)!;
        Assert.Equal(4, (int)body["type"]!);
        DiscordSchema.AssertValid("CreateMessageInteractionCallbackRequest", body);
        await gateway.WaitForOpAsync(1); // heartbeats flow

        // The connection drops mid-session: the bot comes back and resumes where it was.
        first.Abort();
        var second = await gateway.NextConnectionAsync();
        var resume = await gateway.WaitForOpAsync(6);
        Assert.Equal("sess-1", (string)resume["d"]!["session_id"]!);
        Assert.Equal(2, (long)resume["d"]!["seq"]!);

        // Discord replays the interaction after RESUME: it is not answered again.
        await FakeGateway.SendAsync(second, Dispatch("RESUMED", new JsonObject(), 3));
        await FakeGateway.SendAsync(second, Dispatch("INTERACTION_CREATE", Interaction("5001"), 4));
        await FakeGateway.SendAsync(second, Dispatch("INTERACTION_CREATE", Interaction("5002"), 5));
        await host.Api.WaitForAsync(c => c.Path.StartsWith("/api/v10/interactions/5002/", StringComparison.Ordinal));
        Assert.Single(host.Api.Calls, c => c.Path.StartsWith("/api/v10/interactions/5001/", StringComparison.Ordinal));
        Assert.Equal(2, host.Core.Requests.Count);
    }

    [Fact]
    public async Task An_invalid_session_that_cannot_resume_identifies_again()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(new() { ["Discord:Mode"] = "Gateway", ["Discord:GatewayUrl"] = gateway.Url });
        var socket = await gateway.NextConnectionAsync();
        await gateway.WaitForOpAsync(2);
        await FakeGateway.SendAsync(socket, new JsonObject { ["op"] = 9, ["d"] = false });
        await gateway.WaitForOpAsync(2, skip: 1);
        Assert.Equal(WebSocketState.Open, socket.State);
    }

    [Fact]
    public async Task Frames_unlike_discords_neither_crash_the_bot_nor_stop_it_answering()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(new() { ["Discord:Mode"] = "Gateway", ["Discord:GatewayUrl"] = gateway.Url });
        var first = await gateway.NextConnectionAsync();
        await gateway.WaitForOpAsync(2);
        await FakeGateway.SendAsync(first, new JsonObject { ["t"] = "NOTHING" });
        await FakeGateway.SendAsync(first, new JsonObject { ["op"] = "0" });
        await FakeGateway.SendAsync(first, Dispatch("READY", new JsonObject { ["session_id"] = "s", ["resume_gateway_url"] = gateway.Url }, 1));
        await FakeGateway.SendAsync(first, Dispatch("INTERACTION_CREATE", Interaction("7001"), 2));
        await host.Api.WaitForAsync(c => c.Path.StartsWith("/api/v10/interactions/7001/", StringComparison.Ordinal));

        // A HELLO without its interval breaks the connection, not the service: it comes back and resumes.
        first.Abort();
        var second = await gateway.NextConnectionAsync();
        await FakeGateway.SendAsync(second, new JsonObject { ["op"] = 10, ["d"] = new JsonObject() });
        var third = await gateway.NextConnectionAsync();
        Assert.NotNull(third);
    }

    [Theory]
    [InlineData(4003)]
    [InlineData(4005)]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task A_close_that_forbids_resuming_starts_a_new_session(int code)
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(new()
        {
            ["Discord:Mode"] = "Gateway", ["Discord:GatewayUrl"] = gateway.Url, ["Discord:ReconnectMilliseconds"] = "50",
        });
        var first = await gateway.NextConnectionAsync();
        await gateway.WaitForOpAsync(2);
        await FakeGateway.SendAsync(first, Dispatch("READY", new JsonObject { ["session_id"] = "sess-9", ["resume_gateway_url"] = gateway.Url }, 1));
        await gateway.WaitForOpAsync(1);

        await first.CloseOutputAsync((WebSocketCloseStatus)code, "session gone", CancellationToken.None);
        await gateway.NextConnectionAsync();
        var identify = await gateway.WaitForOpAsync(2, skip: 1);

        Assert.Equal("test-bot-token", (string)identify["d"]!["token"]!);
        Assert.DoesNotContain(gateway.Received, p => (int)p["op"]! == 6);
    }

    [Fact]
    public async Task Every_reconnect_waits_a_jittered_backoff()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(new()
        {
            ["Discord:Mode"] = "Gateway", ["Discord:GatewayUrl"] = gateway.Url, ["Discord:ReconnectMilliseconds"] = "200",
        });
        var socket = await gateway.NextConnectionAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var gaps = new List<TimeSpan>();
        for (var i = 0; i < 4; i++)
        {
            var dropped = clock.Elapsed;
            socket.Abort();
            socket = await gateway.NextConnectionAsync();
            gaps.Add(clock.Elapsed - dropped);
        }
        // Before: 5 reconnects in 8 ms. Now each waits at least half the first step (100 ms), however fast the drops.
        Assert.All(gaps, gap => Assert.True(gap >= TimeSpan.FromMilliseconds(95), $"reconnected after {gap.TotalMilliseconds} ms"));
    }
}
