using System.Net;
using System.Text.Json.Nodes;
using PeaceBot.Slack.Tests.Fakes;
using PeaceBot.Slack.Tests.Hosting;

namespace PeaceBot.Slack.Tests.Endpoints;

public class InteractionsTests
{
    private static string ButtonValue(JsonObject message, string actionId)
    {
        var actions = message["blocks"]!.AsArray().Single(b => b!["type"]!.ToString() == "actions")!;
        var button = actions["elements"]!.AsArray().Single(e => e!["action_id"]!.ToString() == actionId)!;
        return button["value"]!.ToString();
    }

    [Fact]
    public async Task More_pages_through_a_slash_command_answer_replacing_the_message()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);
        bot.Core.Responder = r => Task.FromResult(SampleAnswers.Paged(r));

        var first = (JsonObject)JsonNode.Parse(await (await bot.PostSignedAsync("/slack/commands",
            SlackForms.SlashCommand("/ask", "sanctions", slack.ResponseUrl()))).Content.ReadAsStringAsync())!;
        // The toolkit's page token: page 2, private (the answer was ephemeral), the command itself.
        var more = ButtonValue(first, "peacebot_more");
        Assert.Equal("more:2:1:=/ask sanctions", more);

        var response = await bot.PostSignedAsync("/slack/interactions", SlackForms.BlockAction("peacebot_more", more, slack.ResponseUrl("T1/9/more")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = await slack.NextCallAsync();
        Assert.Equal("/hooks/T1/9/more", call.Path);
        Assert.True(call.Json["replace_original"]!.GetValue<bool>());
        Assert.Equal("ephemeral", call.Json["response_type"]!.ToString());
        Assert.Contains("passage on page 2", call.Body);
        Assert.Equal("more:3:1:=/ask sanctions", ButtonValue(call.Json, "peacebot_more"));
        var paged = bot.Core.Requests.Last();
        Assert.Equal(("/ask sanctions", 2, "U2"), (paged.Text, paged.Page, paged.UserId));
    }

    [Fact]
    public async Task The_last_page_offers_no_More()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);
        bot.Core.Responder = r => Task.FromResult(SampleAnswers.Paged(r));

        await bot.PostSignedAsync("/slack/interactivity", SlackForms.BlockAction("peacebot_more", "more:3:1:=/ask x", slack.ResponseUrl()));

        var call = await slack.NextCallAsync();
        Assert.DoesNotContain("peacebot_more", call.Body);
    }

    [Fact]
    public async Task Post_to_channel_reposts_in_channel_and_removes_the_ephemeral_copy()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);

        var response = await bot.PostSignedAsync("/slack/interactions", SlackForms.BlockAction("peacebot_post", """{"c":"/who said deal","p":1,"pub":true}""", slack.ResponseUrl()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = await slack.NextCallAsync();
        Assert.Equal("in_channel", post.Json["response_type"]!.ToString());
        Assert.False(post.Json["replace_original"]!.GetValue<bool>());
        Assert.DoesNotContain("peacebot_post", post.Body);
        var delete = await slack.NextCallAsync();
        Assert.True(delete.Json["delete_original"]!.GetValue<bool>());
        Assert.Equal("/who said deal", Assert.Single(bot.Core.Requests).Text);
    }

    [Fact]
    public async Task Unknown_actions_are_acknowledged_and_ignored()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);

        var response = await bot.PostSignedAsync("/slack/interactions", SlackForms.BlockAction("someone_elses", "x", slack.ResponseUrl()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bot.Core.Requests);
    }
}
