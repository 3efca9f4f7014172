using System.Text.Json.Nodes;
using PeaceBot.Core.Answers;
using PeaceBot.Slack.Rendering;
using PeaceBot.Slack.Tests.Fakes;
using PeaceBot.Slack.Tests.Hosting;

namespace PeaceBot.Slack.Tests.Rendering;

public class SlackMessageRendererTests
{
    private static IEnumerable<JsonObject> TextObjects(JsonNode node) => node switch
    {
        JsonObject o when o["type"]?.ToString() is "mrkdwn" or "plain_text" => [o],
        JsonObject o => o.SelectMany(kv => kv.Value is null ? [] : TextObjects(kv.Value)),
        JsonArray a => a.SelectMany(n => n is null ? [] : TextObjects(n)),
        _ => [],
    };

    [Fact]
    public void Untrusted_text_is_escaped_everywhere_and_every_mrkdwn_is_verbatim()
    {
        var hostile = new SourceInfo("x.md", "<!channel> title", "<@U999> & co", Url: "https://e.org/a|b>c");
        var answer = new Answer(AnswerKind.Ask, "Hi <!here>", [new AnswerResult("Ping <!everyone> & <@U123|bob>", hostile) { Speaker = "<#C1>" }])
        { CommandText = "/ask x" };

        var message = new SlackAnswerRenderer().Render(answer, ephemeral: true);
        var json = message.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        foreach (var raw in new[] { "<!here>", "<!channel>", "<!everyone>", "<@U123", "<@U999>", "<#C1>" })
            Assert.DoesNotContain(raw, json);
        Assert.Contains("&lt;!here&gt;", message["text"]!.ToString());
        Assert.Contains("&lt;@U999&gt; &amp; co", json);
        Assert.Contains("<https://e.org/a%7Cb%3Ec|&lt;!channel&gt; title>", json);
        var mrkdwn = TextObjects(message["blocks"]!).Where(o => o["type"]!.ToString() == "mrkdwn").ToList();
        Assert.NotEmpty(mrkdwn);
        Assert.All(mrkdwn, o => Assert.True(o["verbatim"]!.GetValue<bool>()));
    }

    [Fact]
    public void A_citation_shows_quote_speaker_date_linked_title_and_publisher()
    {
        var message = new SlackAnswerRenderer().Render(SampleAnswers.OneQuote(new AnswerRequest("/who said deal")), ephemeral: false);
        var blocks = message["blocks"]!.AsArray();

        Assert.Equal("> We are close to a deal.", blocks[1]!["text"]!["text"]!.ToString());
        var context = blocks[2]!["elements"]!.AsArray().Select(e => e!["text"]!.ToString()).ToList();
        Assert.Equal(["*Marco Rubio*", "2025-11-23", "<https://example.org/a?x=1&amp;y=2|Talks in Geneva>", "Reuters"], context);
        Assert.DoesNotContain("peacebot_post", message.ToJsonString());
    }

    [Fact]
    public void Huge_answers_respect_every_block_kit_limit()
    {
        var results = Enumerable.Range(0, 40)
            .Select(i => new AnswerResult(new string('w', 5000) + i, SampleAnswers.Source) { Speaker = new string('s', 4000) })
            .ToList();
        var answer = new Answer(AnswerKind.Ask, new string('m', 9000), results) { HasMore = true, CommandText = "/ask x" };

        var message = new SlackAnswerRenderer().Render(answer, ephemeral: true);
        var blocks = message["blocks"]!.AsArray();

        Assert.True(blocks.Count <= SlackLimits.Blocks);
        Assert.All(blocks.Where(b => b!["type"]!.ToString() == "section"), b => Assert.True(b!["text"]!["text"]!.ToString().Length <= 3000));
        Assert.All(blocks.Where(b => b!["type"]!.ToString() == "context"), b => Assert.True(b!["elements"]!.AsArray().Count <= 10));
        Assert.True(message["text"]!.ToString().Length <= SlackLimits.FallbackText);
        Assert.EndsWith("…", blocks[0]!["text"]!["text"]!.ToString());
        Assert.Contains("more not shown", message.ToJsonString());
        Assert.Equal("actions", blocks[^1]!["type"]!.ToString());
    }

    [Fact]
    public void An_answer_with_no_text_still_has_a_fallback()
    {
        var message = new SlackAnswerRenderer().Render(new Answer(AnswerKind.Ask, "", []), ephemeral: true);
        Assert.False(string.IsNullOrWhiteSpace(message["text"]!.ToString()));
    }

    [Fact]
    public void Rendered_messages_are_valid_chat_postMessage_arguments()
    {
        var message = new SlackAnswerRenderer().Render(SampleAnswers.Paged(new AnswerRequest("/ask x")), ephemeral: false);
        message["channel"] = "C1";
        Assert.Empty(ChatPostMessageSchema.Validate(message.ToJsonString()));
        Assert.Contains("thread_ts", ChatPostMessageSchema.ParameterNames());
    }

    [Fact]
    public void The_schema_check_can_fail()
    {
        Assert.NotEmpty(ChatPostMessageSchema.Validate("""{"text":"no channel"}"""));
        Assert.NotEmpty(ChatPostMessageSchema.Validate("""{"channel":"C1","response_type":"in_channel"}"""));
    }

    private static readonly SourceInfo Wire = new("wire/talks.md", "Envoys meet again", "Example Wire", "2025-11-20");

    private static List<string> Footer(JsonObject message) =>
        message["blocks"]!.AsArray().Where(b => b!["type"]!.ToString() == "context").Select(b => b!["elements"]![0]!["text"]!.ToString()).ToList();

    [Theory]
    [InlineData(1, true, 4, "Page 1 of 4")]
    [InlineData(2, true, 4, "Page 2 of 4")]
    [InlineData(4, false, 4, "Page 4 of 4")]
    [InlineData(2, true, null, "Page 2 of 3 or more")]
    public void The_footer_names_the_page_and_how_many_there_are(int page, bool hasMore, int? pages, string expected)
    {
        var answer = new Answer(AnswerKind.Ask, "Found.", [new AnswerResult("Envoys met.", Wire)])
            { CommandText = "/ask envoys", Page = page, HasMore = hasMore, PageCount = pages };
        Assert.Equal(expected, Footer(new SlackAnswerRenderer().Render(answer, ephemeral: false))[^1]);
    }

    [Fact]
    public void A_one_page_answer_names_no_page()
    {
        var answer = new Answer(AnswerKind.Ask, "Found.", [new AnswerResult("Envoys met.", Wire)]) { CommandText = "/ask envoys", PageCount = 1 };
        Assert.DoesNotContain(Footer(new SlackAnswerRenderer().Render(answer, ephemeral: false)), f => f.StartsWith("Page", StringComparison.Ordinal));
    }

    [Fact]
    public void A_snippet_that_opens_with_a_quotation_mark_is_not_quoted_twice_in_the_fallback_text()
    {
        var answer = new Answer(AnswerKind.WhoSaid, "Vera Lind said it.",
        [
            new AnswerResult("“We are ready to talk,” she said.", Wire) { Speaker = "Vera Lind" },
            new AnswerResult("Envoys met again.", Wire),
        ]) { CommandText = "/who said ready to talk" };
        Assert.Equal("Vera Lind said it.\n“We are ready to talk,” she said. — Vera Lind (Envoys meet again)\n“Envoys met again.” (Envoys meet again)",
            new SlackAnswerRenderer().Render(answer, ephemeral: false)["text"]!.ToString());
    }
}
