using System.Net;
using System.Text.Json.Nodes;
using PeaceBot.Slack.Tests.Fakes;
using PeaceBot.Slack.Tests.Hosting;

namespace PeaceBot.Slack.Tests.Endpoints;

/// <summary>Issue #14's Slack cases found against the official libraries: each one a request Slack really sends.</summary>
public class EdgeCaseTests
{
    [Fact]
    public async Task More_on_a_public_message_with_a_long_non_Latin_answer_is_accepted()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);
        bot.Core.Responder = r => Task.FromResult(SampleAnswers.Paged(r));
        // block_actions on a public message carries the whole message: here 12 sections of 2,900 Cyrillic letters.
        var blocks = new JsonArray();
        for (var i = 0; i < 12; i++)
            blocks.Add(new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = new string('ж', 2900) } });
        var form = SlackForms.BlockAction("peacebot_more", "more:2:0:=/ask x", slack.ResponseUrl("T1/9/big"),
            message: new JsonObject { ["type"] = "message", ["ts"] = "1700000000.000300", ["blocks"] = blocks });
        Assert.True(form.Length > 100 * 1024, $"the body is {form.Length} bytes");

        var response = await bot.PostSignedAsync("/slack/interactions", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = await slack.NextCallAsync();
        Assert.Equal("/hooks/T1/9/big", call.Path);
        Assert.Equal(("/ask x", 2), (bot.Core.Requests.Single().Text, bot.Core.Requests.Single().Page));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("v0=0000000000000000000000000000000000000000000000000000000000000000")]
    public async Task Ssl_check_is_answered_before_the_signature_check(string? signature)
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);
        var response = await bot.PostSignedAsync("/slack/commands", "ssl_check=1&token=abc", signature: signature, sign: signature is not null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bot.Core.Requests);
    }

    [Fact]
    public async Task Without_ssl_check_an_unsigned_command_is_still_refused()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);
        var response = await bot.PostSignedAsync("/slack/commands", SlackForms.SlashCommand("/ask", "x", slack.ResponseUrl()) + "&ssl_check=0", sign: false);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_replayed_slash_command_is_answered_once_and_the_replay_refused()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);
        var body = SlackForms.SlashCommand("/ask", "sanctions", slack.ResponseUrl());
        var first = await bot.PostSignedAsync("/slack/commands", body);
        var replay = await bot.PostSignedAsync("/slack/commands", body);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Contains("already answered", await replay.Content.ReadAsStringAsync());
        Assert.Single(bot.Core.Requests);
    }

    [Fact]
    public async Task A_replayed_button_press_is_acted_on_once()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);
        var form = SlackForms.BlockAction("peacebot_more", "more:2:1:=/ask x", slack.ResponseUrl());
        var first = await bot.PostSignedAsync("/slack/interactions", form);
        await slack.NextCallAsync();
        var replay = await bot.PostSignedAsync("/slack/interactions", form);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Single(bot.Core.Requests);
    }

    [Fact]
    public async Task Replies_waiting_on_a_429_are_delivered_after_stop_is_requested()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        var bot = await SlackBotHost.StartAsync(slack);
        slack.RateLimitFirst = 3;
        slack.RetryAfterSeconds = 1;
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await bot.PostSignedAsync("/slack/events", SlackForms.AppMention($"EvStop{i}", "<@UBOT> who said deal"))).StatusCode);
        // Every reply has met its 429 and is waiting out Retry-After when SIGTERM comes.
        for (var i = 0; i < 3; i++) Assert.Equal("/api/chat.postMessage", (await slack.NextCallAsync()).Path);

        var stopping = bot.DisposeAsync().AsTask();
        var delivered = new List<RecordedCall>();
        for (var i = 0; i < 3; i++) delivered.Add(await slack.NextCallAsync());
        await stopping;

        Assert.All(delivered, c => Assert.Equal("/api/chat.postMessage", c.Path));
        Assert.All(delivered, c => Assert.Contains("We are close to a deal.", c.Body));
        Assert.Equal(3, delivered.Select(c => c.Json["thread_ts"]!.ToString()).Count());
    }
}
