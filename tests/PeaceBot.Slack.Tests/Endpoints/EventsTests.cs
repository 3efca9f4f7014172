using System.Net;
using System.Text.Json.Nodes;
using PeaceBot.Slack.Tests.Fakes;
using PeaceBot.Slack.Tests.Hosting;

namespace PeaceBot.Slack.Tests.Endpoints;

public class EventsTests
{
    [Fact]
    public async Task Url_verification_echoes_the_challenge()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);

        var response = await bot.PostSignedAsync("/slack/events", """{"token":"t","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""", "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", json["challenge"]!.ToString());
        Assert.Empty(bot.Core.Requests);
    }

    [Fact]
    public async Task A_mention_is_answered_in_its_thread_with_a_valid_chat_postMessage()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);

        var response = await bot.PostSignedAsync("/slack/events", SlackForms.AppMention("Ev1", "<@UBOT> who said close to a deal"), "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = await slack.NextCallAsync();
        Assert.Equal("/api/chat.postMessage", call.Path);
        Assert.Equal("Bearer " + SlackBotHost.BotToken, call.Authorization);
        Assert.StartsWith("application/json", call.ContentType);
        Assert.Equal("C1", call.Json["channel"]!.ToString());
        Assert.Equal("1700000000.000100", call.Json["thread_ts"]!.ToString());
        Assert.Null(call.Json["response_type"]);
        Assert.Empty(ChatPostMessageSchema.Validate(call.Body));
        var request = Assert.Single(bot.Core.Requests);
        Assert.Equal("who said close to a deal", request.Text);
        Assert.Equal("U2", request.UserId);
    }

    [Fact]
    public async Task A_mentions_links_references_and_escapes_are_cleaned_before_searching()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);

        var text = "<@UBOT> who said peace &amp; security <https://example.org/a|here> <#C024BE7LR|general> <@U024BE7LH>";
        var response = await bot.PostSignedAsync("/slack/events", SlackForms.AppMention("Ev" + Guid.NewGuid().ToString("N"), text), "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await slack.NextCallAsync();
        Assert.Equal("who said peace & security", Assert.Single(bot.Core.Requests).Text);
    }

    [Fact]
    public async Task A_mention_inside_a_thread_replies_to_the_threads_parent()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);

        await bot.PostSignedAsync("/slack/events", SlackForms.AppMention("Ev2", "<@UBOT> /sources", threadTs: "1699999999.000001"), "application/json");

        var call = await slack.NextCallAsync();
        Assert.Equal("1699999999.000001", call.Json["thread_ts"]!.ToString());
        Assert.Equal("/sources", Assert.Single(bot.Core.Requests).Text);
    }

    [Fact]
    public async Task Retries_and_repeated_event_ids_never_produce_a_second_reply()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);
        var body = SlackForms.AppMention("Ev3", "<@UBOT> ask x");

        await bot.PostSignedAsync("/slack/events", body, "application/json");
        await slack.NextCallAsync();
        var retry = await bot.PostSignedAsync("/slack/events", body, "application/json",
            headers: new Dictionary<string, string> { ["X-Slack-Retry-Num"] = "1", ["X-Slack-Retry-Reason"] = "http_timeout" });
        var again = await bot.PostSignedAsync("/slack/events", body, "application/json");

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(bot.Core.Requests);
        // A different event afterwards is answered, and it is the only further call.
        await bot.PostSignedAsync("/slack/events", SlackForms.AppMention("Ev4", "<@UBOT> ask y"), "application/json");
        await slack.NextCallAsync();
        Assert.Equal(["ask x", "ask y"], bot.Core.Requests.Select(r => r.Text));
        Assert.False(slack.TryTakeCall(out _));
    }

    [Theory]
    [InlineData("UBOT", null)]
    [InlineData("U2", "B1")]
    public async Task The_bots_own_messages_are_ignored(string user, string? botId)
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);

        var response = await bot.PostSignedAsync("/slack/events", SlackForms.AppMention("Ev5", "<@UBOT> ask x", user: user, botId: botId), "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bot.Core.Requests);
    }

    [Fact]
    public async Task Rate_limited_posts_are_retried_after_Retry_After()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        slack.RateLimitFirst = 1;
        await using var bot = await SlackBotHost.StartAsync(slack);

        await bot.PostSignedAsync("/slack/events", SlackForms.AppMention("Ev6", "<@UBOT> ask x"), "application/json");

        var first = await slack.NextCallAsync();
        var second = await slack.NextCallAsync();
        Assert.Equal(first.Body, second.Body);
        Assert.Single(bot.Core.Requests);
    }

    [Fact]
    public async Task Server_errors_are_retried_with_backoff_then_logged_never_crashing()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        slack.FailFirst = 1;
        await using var bot = await SlackBotHost.StartAsync(slack);

        await bot.PostSignedAsync("/slack/events", SlackForms.AppMention("Ev9", "<@UBOT> ask x"), "application/json");
        var first = await slack.NextCallAsync();
        var second = await slack.NextCallAsync();
        Assert.Equal(first.Body, second.Body);

        slack.FailFirst = 10;
        var response = await bot.PostSignedAsync("/slack/events", SlackForms.AppMention("Ev10", "<@UBOT> ask y"), "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        for (var i = 0; i < 3; i++) await slack.NextCallAsync();
        await Task.Delay(300);
        Assert.Contains(bot.Logs.Lines, m => m.Contains("503"));
        Assert.Equal(2, bot.Core.Requests.Count);
    }

    [Fact]
    public async Task Other_event_types_are_acknowledged_and_ignored()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);
        var body = SlackForms.AppMention("Ev7", "hello").Replace("\"app_mention\"", "\"reaction_added\"");

        var response = await bot.PostSignedAsync("/slack/events", body, "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bot.Core.Requests);
    }

    [Fact]
    public async Task Slack_errors_are_logged_with_their_error_code()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        slack.ErrorCode = "not_in_channel";
        await using var bot = await SlackBotHost.StartAsync(slack);

        await bot.PostSignedAsync("/slack/events", SlackForms.AppMention("Ev8", "<@UBOT> ask x"), "application/json");
        await slack.NextCallAsync();

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!bot.Logs.Lines.Any(l => l.Contains("not_in_channel")) && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.Contains(bot.Logs.Lines, l => l.StartsWith("Warning") && l.Contains("chat.postMessage") && l.Contains("not_in_channel"));
    }
}
