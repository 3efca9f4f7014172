using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PeaceBot.Core.Answers;
using PeaceBot.Core.Suggestions;
using PeaceBot.Discord.Tests.Support;

namespace PeaceBot.Discord.Tests.Gateway;

public class DiscordGatewayServiceTests : IAsyncLifetime
{
    private FakeDiscordApi _api = null!;
    private FakeGateway _gateway = null!;
    private WebApplication _app = null!;
    private readonly FakeAnswerService _answers = new();

    public async Task InitializeAsync()
    {
        _api = await FakeDiscordApi.StartAsync();
        _gateway = await FakeGateway.StartAsync();
        _api.Respond = r => r.Method == "GET" && r.PathAndQuery.EndsWith("/gateway/bot", StringComparison.Ordinal)
            ? (200, new JsonObject { ["url"] = _gateway.Url + "/first", ["shards"] = 1 }.ToJsonString())
            : (204, "");

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:PublicKey"] = "03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8",
            ["Discord:ApplicationId"] = "123",
            ["Discord:BotToken"] = "bot-token",
            ["Discord:Mode"] = "gateway",
            ["Discord:ApiBaseUrl"] = _api.BaseUrl,
            ["Discord:GatewayBackoff"] = "00:00:00.010",
        });
        builder.Services.AddSingleton<IAnswerService>(_answers);
        builder.Services.AddSingleton<ISuggestionService>(new FakeSuggestionService());
        Assert.Equal("enabled (gateway)", builder.Services.AddDiscordAdapter(builder.Configuration).Description);
        _app = builder.Build();
        _app.MapDiscordAdapter();
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _gateway.DisposeAsync();
        await _api.DisposeAsync();
    }

    private static JsonObject Interaction(string id, long seq) => new()
    {
        ["op"] = 0,
        ["s"] = seq,
        ["t"] = "INTERACTION_CREATE",
        ["d"] = JsonNode.Parse(Payloads.Command("ask", options: [Payloads.Option("question", "q" + id)]).Replace("900000000000000001", id, StringComparison.Ordinal)),
    };

    private async Task<RecordedRequest> NextCallbackAsync()
    {
        while (true)
        {
            var request = await _api.NextAsync();
            if (request.Method == "POST") return request;
        }
    }

    [Fact]
    public async Task Identifies_answers_by_callback_and_resumes_after_a_drop_without_answering_twice()
    {
        var first = await _gateway.NextConnectionAsync();
        Assert.Equal("/first?v=10&encoding=json", first.PathAndQuery);
        // Long enough that a loaded machine never misses an ACK deadline; the zombie case has its own test.
        await first.SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = 400 } });

        var identify = await first.ReceiveAsync();
        Assert.Equal(2, (int)identify["op"]!);
        Assert.Equal("bot-token", (string)identify["d"]!["token"]!);
        Assert.Equal(0, (int)identify["d"]!["intents"]!);

        await first.SendAsync(new JsonObject
        {
            ["op"] = 0, ["s"] = 1, ["t"] = "READY",
            ["d"] = new JsonObject { ["session_id"] = "session-1", ["resume_gateway_url"] = _gateway.Url + "/resume" },
        });
        await first.SendAsync(Interaction("111", 2));

        var callback = await NextCallbackAsync();
        Assert.Equal("/api/v10/interactions/111/interaction-token-abc/callback", callback.PathAndQuery);
        var reply = JsonNode.Parse(callback.Body)!;
        Assert.Equal(4, (int)reply["type"]!);
        DiscordSchemas.AssertValid("CreateMessageInteractionCallbackRequest", reply);

        // Wait for a heartbeat (this is a wait for an event, not a timing assertion), then lose the connection mid-session.
        for (var i = 0; i < 100 && first.HeartbeatsSeen == 0; i++) await Task.Delay(50);
        Assert.True(first.HeartbeatsSeen > 0);
        first.Drop();

        var second = await _gateway.NextConnectionAsync();
        Assert.Equal("/resume?v=10&encoding=json", second.PathAndQuery);
        await second.SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = 400 } });
        var resume = await second.ReceiveAsync();
        Assert.Equal(6, (int)resume["op"]!);
        Assert.Equal("session-1", (string)resume["d"]!["session_id"]!);
        Assert.Equal(2, (long)resume["d"]!["seq"]!);

        // Discord replays what was missed; the already-answered interaction must not be answered again.
        await second.SendAsync(Interaction("111", 2));
        await second.SendAsync(new JsonObject { ["op"] = 0, ["s"] = 3, ["t"] = "RESUMED", ["d"] = new JsonObject() });
        await second.SendAsync(Interaction("222", 4));
        var next = await NextCallbackAsync();
        Assert.Equal("/api/v10/interactions/222/interaction-token-abc/callback", next.PathAndQuery);
        Assert.Equal(["/ask q111", "/ask q222"], _answers.Requests.Select(r => r.Text));
        second.Drop();
    }

    [Fact]
    public async Task A_connection_that_stops_acknowledging_heartbeats_is_dropped_and_resumed()
    {
        var first = await _gateway.NextConnectionAsync();
        first.AcknowledgeHeartbeats = false;
        await first.SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = 100 } });
        Assert.Equal(2, (int)(await first.ReceiveAsync())["op"]!);
        await first.SendAsync(new JsonObject { ["op"] = 0, ["s"] = 5, ["t"] = "READY", ["d"] = new JsonObject { ["session_id"] = "s1", ["resume_gateway_url"] = _gateway.Url + "/resume" } });

        var second = await _gateway.NextConnectionAsync();
        Assert.StartsWith("/resume", second.PathAndQuery);
        await second.SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = 1000 } });
        var resume = await second.ReceiveAsync();
        Assert.Equal((6, 5L), ((int)resume["op"]!, (long)resume["d"]!["seq"]!));
        second.Drop();
    }

    [Fact]
    public async Task An_authentication_failure_close_is_not_retried()
    {
        var first = await _gateway.NextConnectionAsync();
        await first.SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = 1000 } });
        Assert.Equal(2, (int)(await first.ReceiveAsync())["op"]!);
        await first.CloseAsync(4004);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _gateway.NextConnectionAsync(TimeSpan.FromMilliseconds(500)));
    }

    [Fact]
    public async Task Invalid_session_starts_over_with_identify_and_reconnect_resumes()
    {
        var first = await _gateway.NextConnectionAsync();
        await first.SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = 1000 } });
        Assert.Equal(2, (int)(await first.ReceiveAsync())["op"]!);
        await first.SendAsync(new JsonObject { ["op"] = 0, ["s"] = 1, ["t"] = "READY", ["d"] = new JsonObject { ["session_id"] = "s1", ["resume_gateway_url"] = _gateway.Url + "/resume" } });
        await first.SendAsync(new JsonObject { ["op"] = 7, ["d"] = null });

        var second = await _gateway.NextConnectionAsync();
        Assert.StartsWith("/resume", second.PathAndQuery);
        await second.SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = 1000 } });
        Assert.Equal(6, (int)(await second.ReceiveAsync())["op"]!);
        await second.SendAsync(new JsonObject { ["op"] = 9, ["d"] = false });

        var third = await _gateway.NextConnectionAsync();
        Assert.StartsWith("/first", third.PathAndQuery);
        await third.SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = 1000 } });
        Assert.Equal(2, (int)(await third.ReceiveAsync())["op"]!);
        third.Drop();
    }
}
