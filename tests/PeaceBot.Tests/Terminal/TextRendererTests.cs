using PeaceBot.Core.Answers;
using PeaceBot.Terminal;

namespace PeaceBot.Tests.Terminal;

public sealed class TextRendererTests
{
    private static readonly SourceInfo Source = new("wire/talks.md", "Envoys meet again", "Example Wire", "2025-11-20");

    [Fact]
    public void A_role_speaker_starts_the_sentence_with_a_capital_and_a_quoted_snippet_is_not_quoted_twice()
    {
        var answer = new Answer(AnswerKind.WhoSaid, "a Kremlin-linked analyst said it.",
            [new AnswerResult("“We are ready to talk,” the analyst said.", Source) { Speaker = "a Kremlin-linked analyst" }]);
        Assert.Equal(
            "A Kremlin-linked analyst said it.\n\n" +
            "1. A Kremlin-linked analyst: “We are ready to talk,” the analyst said.\n" +
            "   — Envoys meet again, Example Wire (2025-11-20)\n" +
            "     wire/talks.md",
            TextRenderer.Render(answer).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_plain_snippet_is_put_in_quotation_marks_and_a_later_page_is_offered_as_the_caller_says()
    {
        var answer = new Answer(AnswerKind.Ask, "Here is what the sources say.",
            [new AnswerResult("Envoys met  again\nin Geneva.", Source)]) { HasMore = true };
        Assert.Equal(
            "Here is what the sources say.\n\n" +
            "1. “Envoys met again in Geneva.”\n" +
            "   — Envoys meet again, Example Wire (2025-11-20)\n" +
            "     wire/talks.md\n\n" +
            "(more: add --page 2 to the same command)",
            TextRenderer.Render(answer, 5, "(more: add --page 2 to the same command)").ReplaceLineEndings("\n"));
        Assert.EndsWith("(more: type 'more')", TextRenderer.Render(answer));
    }
}
