using System.Net;
using System.Text.Json.Nodes;
using PeaceBot.Core.Answers;
using PeaceBot.Slack.Tests.Fakes;
using PeaceBot.Slack.Tests.Hosting;

namespace PeaceBot.Slack.Tests.Endpoints;

public class SlashCommandTests
{
    private static async Task<JsonObject> JsonOf(HttpResponseMessage response) =>
        (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    [Fact]
    public async Task A_quick_answer_is_returned_inline_as_ephemeral_blocks()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);

        var response = await bot.PostSignedAsync("/slack/commands", SlackForms.SlashCommand("/who", "said close to a deal", slack.ResponseUrl()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await JsonOf(response);
        Assert.Equal("ephemeral", json["response_type"]!.ToString());
        Assert.Contains("We are close to a deal.", json["text"]!.ToString());
        Assert.Contains(json["blocks"]!.AsArray(), b => b!["type"]!.ToString() == "actions");
        var request = Assert.Single(bot.Core.Requests);
        Assert.Equal("/who said close to a deal", request.Text);
        Assert.Equal("slack", request.FrontEnd);
        Assert.Equal(1, request.Page);
        Assert.Equal(5, request.PageSize);
        Assert.Equal("U2CERLKJA", request.UserId);
        Assert.False(request.IsModerator);
        Assert.False(slack.TryTakeCall(out _));
    }

    [Theory]
    [InlineData("/peacebot", "who said x", "/who said x", "ephemeral")]
    [InlineData("/peacebot", "who said x public", "/who said x", "in_channel")]
    [InlineData("/peacebot", "", "/help", "ephemeral")]
    [InlineData("/peacebot", "what about sanctions?", "what about sanctions?", "ephemeral")]
    [InlineData("/plan", "point 7 20-point", "/plan point 7 20-point", "ephemeral")]
    [InlineData("/timeline", "august 2025 public", "/timeline august 2025", "in_channel")]
    [InlineData("/ask", "who pays?", "/ask who pays?", "ephemeral")]
    public async Task Command_and_text_become_one_core_command(string command, string text, string expected, string responseType)
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);

        var response = await bot.PostSignedAsync("/slack/commands", SlackForms.SlashCommand(command, text, slack.ResponseUrl()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, Assert.Single(bot.Core.Requests).Text);
        Assert.Equal(responseType, (await JsonOf(response))["response_type"]!.ToString());
    }

    [Theory]
    [InlineData("/who", "said peace &amp; security &lt;now&gt;", "/who said peace & security <now>")]
    [InlineData("/ask", "sanctions <https://example.org/a|this story> relief <#C024BE7LR|general>", "/ask sanctions relief")]
    [InlineData("/peacebot", "<@U024BE7LH> who said close to a deal", "/who said close to a deal")]
    public async Task Slack_markup_never_reaches_the_search(string command, string text, string expected)
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);

        var response = await bot.PostSignedAsync("/slack/commands", SlackForms.SlashCommand(command, text, slack.ResponseUrl()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, Assert.Single(bot.Core.Requests).Text);
    }

    [Fact]
    public async Task Configured_moderators_are_marked_as_such()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);

        await bot.PostSignedAsync("/slack/commands", SlackForms.SlashCommand("/peacebot", "reload", slack.ResponseUrl(), user: "UMOD"));

        var request = Assert.Single(bot.Core.Requests);
        Assert.Equal("/reload", request.Text);
        Assert.True(request.IsModerator);
    }

    [Fact]
    public async Task A_slow_answer_is_acknowledged_at_once_and_delivered_through_response_url()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack, new Dictionary<string, string?> { ["Slack:InlineReplyMilliseconds"] = "0" });
        var release = new TaskCompletionSource();
        bot.Core.Responder = async r => { await release.Task; return SampleAnswers.OneQuote(r); };

        var response = await bot.PostSignedAsync("/slack/commands", SlackForms.SlashCommand("/who", "said deal", slack.ResponseUrl("T1/2/xyz")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        release.SetResult();
        var call = await slack.NextCallAsync();
        Assert.Equal("/hooks/T1/2/xyz", call.Path);
        Assert.StartsWith("application/json", call.ContentType);
        Assert.Equal("", call.Authorization);
        Assert.Equal("ephemeral", call.Json["response_type"]!.ToString());
        Assert.Contains("We are close to a deal.", call.Json["blocks"]!.ToJsonString());
    }

    [Fact]
    public async Task A_failing_core_still_gets_a_polite_reply()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);
        bot.Core.Responder = _ => throw new InvalidOperationException("boom");

        var response = await bot.PostSignedAsync("/slack/commands", SlackForms.SlashCommand("/ask", "x", slack.ResponseUrl()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = (await JsonOf(response))["text"]!.ToString();
        Assert.Contains("went wrong", text);
        Assert.DoesNotContain("boom", text);
    }

    [Fact]
    public async Task Ssl_check_is_answered_without_asking_the_core()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);

        var response = await bot.PostSignedAsync("/slack/commands", "ssl_check=1&token=abc");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bot.Core.Requests);
    }
}
