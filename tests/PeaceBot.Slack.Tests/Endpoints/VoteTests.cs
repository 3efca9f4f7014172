using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PeaceBot.Core.Answers;
using PeaceBot.Slack.Tests.Fakes;
using PeaceBot.Slack.Tests.Hosting;

namespace PeaceBot.Slack.Tests.Endpoints;

/// <summary>👍/👎 on Slack answers: recorded through the host's feedback, and only the vote buttons give way to the thanks.</summary>
public class VoteTests
{
    private static async Task<(FakeSlackApi Slack, SlackBotHost Bot, FakeFeedback Feedback)> StartAsync()
    {
        var slack = await FakeSlackApi.StartAsync();
        var feedback = new FakeFeedback();
        var bot = await SlackBotHost.StartAsync(slack, services: s => s.AddSingleton<IAnswerFeedback>(feedback));
        bot.Core.Responder = r => Task.FromResult(SampleAnswers.Paged(r));
        return (slack, bot, feedback);
    }

    private static JsonArray Elements(JsonNode message) =>
        message["blocks"]!.AsArray().Single(b => b!["type"]!.ToString() == "actions")!["elements"]!.AsArray();

    private static string Value(JsonNode message, string actionId) =>
        Elements(message).Single(e => e!["action_id"]!.ToString() == actionId)!["value"]!.ToString();

    [Fact]
    public async Task An_answer_offers_votes_beside_More_and_nothing_without_feedback()
    {
        var (slack, bot, _) = await StartAsync();
        await using var __ = slack;
        await using var ___ = bot;

        var reply = JsonNode.Parse(await (await bot.PostSignedAsync("/slack/commands", SlackForms.SlashCommand("/ask", "sanctions", slack.ResponseUrl()))).Content.ReadAsStringAsync())!;

        Assert.Equal(["peacebot_more", "peacebot_post", "peacebot_vote_up", "peacebot_vote_down"], Elements(reply).Select(e => e!["action_id"]!.ToString()));
        Assert.Equal(FakeFeedback.Token, Value(reply, "peacebot_vote_up"));
        Assert.Equal(FakeFeedback.Token, Value(reply, "peacebot_vote_down"));
        var post = reply.DeepClone().AsObject();
        post.Remove("response_type"); // a response_url field, not a chat.postMessage one
        post["channel"] = "C1";
        Assert.Empty(ChatPostMessageSchema.Validate(post.ToJsonString()));

        await using var plainSlack = await FakeSlackApi.StartAsync();
        await using var plain = await SlackBotHost.StartAsync(plainSlack);
        var unvoted = await (await plain.PostSignedAsync("/slack/commands", SlackForms.SlashCommand("/ask", "sanctions", plainSlack.ResponseUrl()))).Content.ReadAsStringAsync();
        Assert.DoesNotContain("peacebot_vote_", unvoted);
    }

    [Fact]
    public async Task A_vote_on_a_channel_message_replaces_only_the_vote_buttons_and_More_still_pages()
    {
        var (slack, bot, feedback) = await StartAsync();
        await using var __ = slack;
        await using var ___ = bot;
        var posted = JsonNode.Parse(await (await bot.PostSignedAsync("/slack/commands", SlackForms.SlashCommand("/ask", "sanctions public", slack.ResponseUrl()))).Content.ReadAsStringAsync())!.AsObject();
        var message = new JsonObject { ["type"] = "message", ["ts"] = "1700000000.000100", ["text"] = posted["text"]!.DeepClone(), ["blocks"] = posted["blocks"]!.DeepClone() };
        var more = Value(posted, "peacebot_more");

        var response = await bot.PostSignedAsync("/slack/interactions", SlackForms.BlockAction("peacebot_vote_down", FakeFeedback.Token, slack.ResponseUrl("T1/9/vote"), "U7", message));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var edit = await slack.NextCallAsync();
        Assert.Equal("/hooks/T1/9/vote", edit.Path);
        Assert.Equal((FakeFeedback.Token, false, "slack", "U7"), Assert.Single(feedback.Votes));
        Assert.True(edit.Json["replace_original"]!.GetValue<bool>());
        Assert.DoesNotContain("peacebot_vote_", edit.Body);
        Assert.Equal(more, Value(edit.Json, "peacebot_more"));
        var thanks = edit.Json["blocks"]!.AsArray().Single(b => b!["block_id"]?.ToString() == "peacebot_voted")!;
        Assert.Equal(FakeFeedback.Thanks, thanks["elements"]![0]!["text"]!.ToString());
        // Everything else is the message as it was: the answer's sections and citations.
        Assert.Equal(message["blocks"]!.AsArray().Where(b => b!["type"]!.ToString() != "actions").Select(b => b!.ToJsonString()),
            edit.Json["blocks"]!.AsArray().Where(b => b!["type"]!.ToString() != "actions" && b["block_id"] is null).Select(b => b!.ToJsonString()));
        var edited = edit.Json.DeepClone().AsObject();
        edited.Remove("replace_original");
        edited["channel"] = "C1";
        Assert.Empty(ChatPostMessageSchema.Validate(edited.ToJsonString()));

        // The kept More button still pages.
        await bot.PostSignedAsync("/slack/interactions", SlackForms.BlockAction("peacebot_more", Value(edit.Json, "peacebot_more"), slack.ResponseUrl("T1/9/more")));
        var page = await slack.NextCallAsync();
        Assert.Contains("passage on page 2", page.Body);
        Assert.Equal(("/ask sanctions", 2), (bot.Core.Requests.Last().Text, bot.Core.Requests.Last().Page));
    }

    [Fact]
    public async Task A_vote_on_an_ephemeral_answer_leaves_it_alone_and_thanks_privately()
    {
        var (slack, bot, feedback) = await StartAsync();
        await using var __ = slack;
        await using var ___ = bot;

        // Slack sends no message with actions on ephemeral messages: the answer (and its More) is left as it is.
        await bot.PostSignedAsync("/slack/interactions", SlackForms.BlockAction("peacebot_vote_up", FakeFeedback.Token, slack.ResponseUrl()));

        var reply = await slack.NextCallAsync();
        Assert.Equal((FakeFeedback.Token, true), (feedback.Votes.Single().Token, feedback.Votes.Single().Helpful));
        Assert.False(reply.Json["replace_original"]!.GetValue<bool>());
        Assert.Equal("ephemeral", reply.Json["response_type"]!.ToString());
        Assert.Equal(FakeFeedback.Thanks, reply.Json["text"]!.ToString());
        Assert.Empty(bot.Core.Requests);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a-token-that-is-far-too-long-to-be-one-of-ours-0123456789abcdef0123456789")]
    public async Task A_vote_without_a_token_of_ours_is_refused(string value)
    {
        var (slack, bot, feedback) = await StartAsync();
        await using var __ = slack;
        await using var ___ = bot;

        var response = await bot.PostSignedAsync("/slack/interactions", SlackForms.BlockAction("peacebot_vote_up", value, slack.ResponseUrl()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(feedback.Votes);
    }

    [Fact]
    public async Task An_expired_page_token_says_so_instead_of_failing()
    {
        var (slack, bot, _) = await StartAsync();
        await using var __ = slack;
        await using var ___ = bot;

        var response = await bot.PostSignedAsync("/slack/interactions", SlackForms.BlockAction("peacebot_more", "more:2:1:#0123456789ABCDEF01234567", slack.ResponseUrl()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await slack.NextCallAsync();
        Assert.Equal("That list has expired; please ask again.", reply.Json["text"]!.ToString());
        Assert.Empty(bot.Core.Requests);
    }
}
