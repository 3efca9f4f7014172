using System.Text.Json.Nodes;
using PeaceBot.Core.Answers;
using PeaceBot.Discord.Rendering;
using PeaceBot.Discord.Tests.Support;

namespace PeaceBot.Discord.Tests.Rendering;

public class AnswerRendererTests
{
    private static AnswerResult Result(string text, string title = "T", string? url = null, string? speaker = null) =>
        new(text, new SourceInfo("f.md", title, "Publisher", "2025-01-01", url)) { Speaker = speaker };

    private static int EmbedChars(JsonNode embed) =>
        ((string?)embed["title"] ?? "").Length + ((string?)embed["description"] ?? "").Length
        + ((string?)embed["author"]?["name"] ?? "").Length + ((string?)embed["footer"]?["text"] ?? "").Length;

    [Fact]
    public void Huge_results_are_clipped_within_every_limit()
    {
        var results = Enumerable.Range(0, 8).Select(i => Result(new string('x', 9000), new string('t', 400), speaker: new string('s', 400))).ToList();
        var data = AnswerRenderer.Render(new Answer(AnswerKind.Ask, new string('m', 3000), results), ephemeral: false, moreCustomId: "more:2:t:/ask x");

        Assert.Equal(2000, ((string)data["content"]!).Length);
        var embeds = data["embeds"]!.AsArray();
        Assert.Equal(AnswerRenderer.MaxResults, embeds.Count);
        Assert.All(embeds, e => Assert.InRange(((string)e!["title"]!).Length, 1, 256));
        Assert.All(embeds, e => Assert.InRange(((string)e!["description"]!).Length, 1, 4096));
        Assert.All(embeds, e => Assert.EndsWith("…", (string)e!["description"]!));
        Assert.InRange(embeds.Sum(e => EmbedChars(e!)), 1, 6000);
        DiscordSchemas.AssertValid("IncomingWebhookUpdateRequestPartial", data);
    }

    [Fact]
    public void Short_results_are_shown_whole_while_a_long_one_takes_the_rest_of_the_budget()
    {
        var results = new List<AnswerResult> { Result("short one"), Result(new string('y', 5000)), Result("short two") };
        var embeds = AnswerRenderer.Render(new Answer(AnswerKind.Ask, "m", results), false, null)["embeds"]!.AsArray();
        Assert.Equal("short one", (string)embeds[0]!["description"]!);
        Assert.Equal("short two", (string)embeds[2]!["description"]!);
        Assert.Equal(4096, ((string)embeds[1]!["description"]!).Length);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a url")]
    [InlineData("ftp://example.org/file")]
    public void Links_discord_would_reject_are_left_out(string url)
    {
        var embed = AnswerRenderer.Render(new Answer(AnswerKind.Ask, "m", [Result("q", url: url)]), false, null)["embeds"]![0]!;
        Assert.Null(embed["url"]);
        Assert.Equal("T", (string)embed["title"]!);
    }

    [Fact]
    public void Plan_points_name_the_plan_and_point()
    {
        var result = Result("Ukraine's sovereignty will be confirmed.") with { Plan = "us-28", PlanName = "US 28-point plan", Point = 1 };
        var embed = AnswerRenderer.Render(new Answer(AnswerKind.Plan, "m", [result]), false, null)["embeds"]![0]!;
        Assert.Equal("US 28-point plan — point 1", (string)embed["author"]!["name"]!);
    }

    [Fact]
    public void Clipping_never_splits_a_surrogate_pair()
    {
        var clipped = TextClip.To(string.Concat(Enumerable.Repeat("🕊", 10)), 6);
        Assert.Equal("🕊🕊…", clipped);
    }

    [Fact]
    public void Results_without_a_message_carry_no_placeholder_text()
    {
        var data = AnswerRenderer.Render(new Answer(AnswerKind.Ask, "", [Result("q")]), false, null);
        Assert.Equal("", (string)data["content"]!);
    }

    [Fact]
    public void An_empty_answer_still_renders_a_valid_message()
    {
        var data = AnswerRenderer.Render(new Answer(AnswerKind.Ask, "", []), true, null);
        Assert.Equal("No answer.", (string)data["content"]!);
        Assert.Equal(64, (int)data["flags"]!);
        DiscordSchemas.AssertValid("CreateMessageInteractionCallbackRequest", new JsonObject { ["type"] = 4, ["data"] = data });
    }
}
