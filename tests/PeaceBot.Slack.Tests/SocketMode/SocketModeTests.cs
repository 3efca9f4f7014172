using System.Net;
using System.Text.Json.Nodes;
using PeaceBot.Slack.Tests.Fakes;
using PeaceBot.Slack.Tests.Hosting;

namespace PeaceBot.Slack.Tests.SocketMode;

public class SocketModeTests
{
    private static Dictionary<string, string?> Socket(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Slack:Mode"] = "socket",
            ["Slack:AppToken"] = "xapp-1-test",
            ["Slack:SigningSecret"] = "",
        };
        foreach (var (k, v) in more) settings[k] = v;
        return settings;
    }

    private static JsonObject SlashPayload(string command, string text, string responseUrl) => new()
    {
        ["command"] = command, ["text"] = text, ["user_id"] = "U2", ["channel_id"] = "C1", ["team_id"] = "T1",
        ["response_url"] = responseUrl, ["trigger_id"] = SlackForms.NewTrigger(),
    };

    [Fact]
    public async Task Connects_with_the_app_token_and_acks_a_slash_command_with_its_reply()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack, Socket());
        var socket = await slack.NextSocketAsync();
        await socket.SendAsync(FakeSocket.Hello());

        await socket.SendAsync(FakeSocket.Envelope("env-1", "slash_commands", SlashPayload("/who", "said deal", slack.ResponseUrl()), true));
        var ack = await socket.NextMessageAsync();

        Assert.Equal(new SlackRegistration(true, "enabled (socket)"), bot.Registration);
        Assert.Equal("Bearer xapp-1-test", Assert.Single(slack.ConnectionOpens));
        Assert.Equal("env-1", ack["envelope_id"]!.ToString());
        Assert.Equal("ephemeral", ack["payload"]!["response_type"]!.ToString());
        Assert.Contains("We are close to a deal.", ack["payload"]!["blocks"]!.ToJsonString());
        Assert.Equal("/who said deal", Assert.Single(bot.Core.Requests).Text);
    }

    [Fact]
    public async Task Http_endpoints_are_not_mapped_in_socket_mode()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack, Socket());
        var response = await bot.PostSignedAsync("/slack/commands", SlackForms.SlashCommand("/ask", "x", slack.ResponseUrl()));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_slow_slash_command_is_acked_without_payload_and_answered_through_response_url()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack, Socket(("Slack:InlineReplyMilliseconds", "0")));
        var release = new TaskCompletionSource();
        bot.Core.Responder = async r => { await release.Task; return SampleAnswers.OneQuote(r); };
        var socket = await slack.NextSocketAsync();

        await socket.SendAsync(FakeSocket.Envelope("env-2", "slash_commands", SlashPayload("/ask", "x", slack.ResponseUrl("T1/5/late")), true));
        var ack = await socket.NextMessageAsync();
        release.SetResult();
        var call = await slack.NextCallAsync();

        Assert.Equal("env-2", ack["envelope_id"]!.ToString());
        Assert.Null(ack["payload"]);
        Assert.Equal("/hooks/T1/5/late", call.Path);
        Assert.Contains("We are close to a deal.", call.Body);
    }

    [Fact]
    public async Task An_app_mention_envelope_is_acked_and_answered_in_thread()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack, Socket());
        var socket = await slack.NextSocketAsync();

        var payload = JsonNode.Parse(SlackForms.AppMention("EvS1", "<@UBOT> who said deal"))!;
        await socket.SendAsync(FakeSocket.Envelope("env-3", "events_api", payload, false));
        var ack = await socket.NextMessageAsync();
        var call = await slack.NextCallAsync();

        Assert.Equal(new JsonObject { ["envelope_id"] = "env-3" }.ToJsonString(), ack.ToJsonString());
        Assert.Equal("/api/chat.postMessage", call.Path);
        Assert.Equal("Bearer " + SlackBotHost.BotToken, call.Authorization);
        Assert.Equal("1700000000.000100", call.Json["thread_ts"]!.ToString());
        Assert.Empty(ChatPostMessageSchema.Validate(call.Body));
    }

    [Fact]
    public async Task An_interactive_More_is_acked_and_replaces_the_message()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack, Socket());
        bot.Core.Responder = r => Task.FromResult(SampleAnswers.Paged(r));
        var socket = await slack.NextSocketAsync();

        var form = SlackForms.BlockAction("peacebot_more", "more:2:1:=/ask x", slack.ResponseUrl());
        var payload = JsonNode.Parse(Uri.UnescapeDataString(form["payload=".Length..].Replace('+', ' ')))!;
        await socket.SendAsync(FakeSocket.Envelope("env-4", "interactive", payload, false));
        var ack = await socket.NextMessageAsync();
        var call = await slack.NextCallAsync();

        Assert.Equal("env-4", ack["envelope_id"]!.ToString());
        Assert.True(call.Json["replace_original"]!.GetValue<bool>());
        Assert.Equal(2, Assert.Single(bot.Core.Requests).Page);
    }

    [Fact]
    public async Task A_disconnect_mid_session_opens_a_fresh_socket_before_closing_the_old_one()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack, Socket());
        var first = await slack.NextSocketAsync();
        await first.SendAsync(FakeSocket.Hello());
        await first.SendAsync(FakeSocket.Envelope("env-5", "slash_commands", SlashPayload("/ask", "before", slack.ResponseUrl()), true));
        Assert.Equal("env-5", (await first.NextMessageAsync())["envelope_id"]!.ToString());

        await first.SendAsync(FakeSocket.Disconnect());
        var second = await slack.NextSocketAsync();
        await first.WaitClosedAsync();
        await second.SendAsync(FakeSocket.Hello());
        await second.SendAsync(FakeSocket.Envelope("env-6", "slash_commands", SlashPayload("/ask", "after", slack.ResponseUrl()), true));
        var ack = await second.NextMessageAsync();

        Assert.Equal((1, 2), (first.Number, second.Number));
        Assert.Equal(2, slack.ConnectionOpens.Count);
        Assert.Equal("env-6", ack["envelope_id"]!.ToString());
        Assert.Equal(["/ask before", "/ask after"], bot.Core.Requests.Select(r => r.Text));
    }

    [Fact]
    public async Task A_socket_closed_without_warning_is_replaced()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack, Socket());
        var first = await slack.NextSocketAsync();

        await first.CloseFromServerAsync();
        var second = await slack.NextSocketAsync();
        await second.SendAsync(FakeSocket.Envelope("env-7", "slash_commands", SlashPayload("/ask", "again", slack.ResponseUrl()), true));

        Assert.Equal("env-7", (await second.NextMessageAsync())["envelope_id"]!.ToString());
        Assert.Equal(2, slack.ConnectionOpens.Count);
    }

    [Fact]
    public async Task Unknown_messages_and_envelope_types_do_not_break_the_session()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack, Socket());
        var socket = await slack.NextSocketAsync();

        await socket.SendAsync(new JsonObject { ["type"] = "mystery" });
        await socket.SendAsync(FakeSocket.Envelope("env-8", "something_new", new JsonObject(), false));
        var ignoredAck = await socket.NextMessageAsync();
        await socket.SendAsync(FakeSocket.Envelope("env-9", "slash_commands", SlashPayload("/ask", "still here", slack.ResponseUrl()), true));
        var ack = await socket.NextMessageAsync();

        Assert.Equal("env-8", ignoredAck["envelope_id"]!.ToString());
        Assert.Equal("env-9", ack["envelope_id"]!.ToString());
        Assert.Equal("/ask still here", Assert.Single(bot.Core.Requests).Text);
        Assert.Single(slack.ConnectionOpens);
    }

    [Fact]
    public async Task A_socket_that_stops_answering_pings_is_replaced()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        // The first socket is a network drop: accepted, then silent (no PONG, no traffic), never closed.
        slack.SilentSockets = 1;
        await using var bot = await SlackBotHost.StartAsync(slack, Socket(("Slack:PingIntervalMilliseconds", "200"), ("Slack:PongTimeoutMilliseconds", "500"),
            ("Slack:ReconnectMilliseconds", "50")));

        var live = await slack.NextSocketAsync();
        await live.SendAsync(FakeSocket.Envelope("env-10", "slash_commands", SlashPayload("/ask", "back", slack.ResponseUrl()), true));

        Assert.Equal(2, live.Number);
        Assert.Equal(2, slack.ConnectionOpens.Count);
        Assert.Equal("env-10", (await live.NextMessageAsync())["envelope_id"]!.ToString());
    }

    [Fact]
    public async Task An_envelope_being_answered_when_disconnect_arrives_is_still_acked_on_its_socket()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack, Socket());
        var release = new TaskCompletionSource();
        bot.Core.Responder = async r => { await release.Task; return SampleAnswers.OneQuote(r); };
        var first = await slack.NextSocketAsync();
        await first.SendAsync(FakeSocket.Envelope("env-11", "slash_commands", SlashPayload("/ask", "slow", slack.ResponseUrl()), true));
        await WaitUntil(() => bot.Core.Requests.Count == 1);

        // Slack moves us while the command is in its inline wait.
        await first.SendAsync(FakeSocket.Disconnect("refresh_requested"));
        var second = await slack.NextSocketAsync();
        release.SetResult();
        var ack = await first.NextMessageAsync();

        Assert.Equal("env-11", ack["envelope_id"]!.ToString());
        await first.WaitClosedAsync();
        Assert.Equal(2, second.Number);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition()) await Task.Delay(10, cts.Token);
    }
}
