using PeaceBot.Core.Answers;
using PeaceBot.Discord.Tests.Support;

namespace PeaceBot.Discord.Tests;

/// <summary>👍/👎 on a Discord answer that has "More": the vote replaces only the vote buttons.</summary>
public sealed class VoteTests
{
    private static string Click(string customId, JsonArray components) =>
        $$$"""{"id":"{{{DiscordTestHost.NextId()}}}","application_id":"{{{DiscordTestHost.ApplicationId}}}","type":3,"token":"tok-{{{Guid.NewGuid():N}}}","guild_id":"42","member":{"user":{"id":"u9"},"permissions":"0","roles":[]},"message":{{{Message(components)}}},"data":{"custom_id":"{{{customId}}}","component_type":2}}""";

    private static string Message(JsonArray components) => new JsonObject { ["id"] = "77", ["components"] = components.DeepClone() }.ToJsonString();

    private static IEnumerable<string> CustomIds(JsonNode data) =>
        data["components"]!.AsArray().SelectMany(r => r!["components"]!.AsArray()).Select(b => (string)b!["custom_id"]!);

    [Fact]
    public async Task A_vote_keeps_More_working_and_swaps_the_vote_buttons_for_the_thanks()
    {
        var feedback = new FakeFeedback();
        await using var host = await DiscordTestHost.StartAsync(services: s => s.AddSingleton<IAnswerFeedback>(feedback));
        host.Core.Respond = r => FakeCore.DefaultAnswer(r) with { HasMore = true };

        var answer = await host.InteractAsync(DiscordTestHost.Command("ask", """[{"name":"question","type":3,"value":"land for promises"}]"""));
        var ids = CustomIds(answer["data"]!).ToList();
        var more = ids.Single(id => id.StartsWith("more:", StringComparison.Ordinal));
        Assert.Contains($"fb:down:{FakeFeedback.Token}", ids);

        var ack = await host.InteractAsync(Click($"fb:down:{FakeFeedback.Token}", answer["data"]!["components"]!.AsArray()));

        Assert.Equal(7, (int)ack["type"]!);
        Assert.Equal((FakeFeedback.Token, false, "discord", "u9"), Assert.Single(feedback.Votes));
        var buttons = ack["data"]!["components"]!.AsArray().SelectMany(r => r!["components"]!.AsArray()).ToList();
        Assert.Equal([more, "fb:done"], buttons.Select(b => (string)b!["custom_id"]!));
        Assert.Equal(FakeFeedback.Thanks, (string)buttons[1]!["label"]!);
        Assert.True((bool)buttons[1]!["disabled"]!);
        Assert.Null(buttons[0]!["disabled"]);
        DiscordSchema.AssertValid("UpdateMessageInteractionCallbackRequest", ack);

        // The More button kept on the voted message still pages.
        var next = await host.InteractAsync(Click(more, ack["data"]!["components"]!.AsArray()));
        Assert.Equal(7, (int)next["type"]!);
        Assert.Equal(2, host.Core.Requests.Last().Page);
    }

    [Fact]
    public async Task A_vote_on_a_message_Discord_sent_without_components_still_answers_in_place()
    {
        var feedback = new FakeFeedback();
        await using var host = await DiscordTestHost.StartAsync(services: s => s.AddSingleton<IAnswerFeedback>(feedback));

        var ack = await host.InteractAsync(Click($"fb:up:{FakeFeedback.Token}", []));

        Assert.Equal(7, (int)ack["type"]!);
        Assert.Equal(["fb:done"], CustomIds(ack["data"]!));
        Assert.True(Assert.Single(feedback.Votes).Helpful);
    }
}
