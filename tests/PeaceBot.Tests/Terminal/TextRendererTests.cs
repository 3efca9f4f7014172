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

    private static readonly SourceInfo Plan = new("plans/lake.md", "Lake accord (draft of March 2026), point by point",
        "Test Courier and Example Wire (full draft text); also posted by a fictional MP on a channel, with copies reported by three agencies",
        "2026-03-02");

    [Fact]
    public void At_80_columns_lines_wrap_at_word_boundaries_under_a_hanging_indent()
    {
        var answer = new Answer(AnswerKind.Ask, "Here is what the sources say about the ferries across the lake, newest first.",
            [new AnswerResult("The ferries resumed service across the lake in February after three winters of talks between the two shore councils.", Source)]);
        var text = TextRenderer.Render(answer, width: 80).ReplaceLineEndings("\n");
        Assert.Equal(
            "Here is what the sources say about the ferries across the lake, newest first.\n\n" +
            "1. “The ferries resumed service across the lake in February after three winters\n" +
            "   of talks between the two shore councils.”\n" +
            "   — Envoys meet again, Example Wire (2025-11-20)\n" +
            "     wire/talks.md",
            text);
        Assert.All(text.Split('\n'), line => Assert.True(line.Length <= 80, line));
        Assert.DoesNotContain("Fe\nbruary", text);
    }

    [Fact]
    public void Without_a_width_a_line_is_kept_whole()
    {
        var answer = new Answer(AnswerKind.Ask, "Found.",
            [new AnswerResult("The ferries resumed service across the lake in February after three winters of talks between the two shore councils.", Source)]);
        Assert.Contains("1. “The ferries resumed service across the lake in February after three winters of talks between the two shore councils.”",
            TextRenderer.Render(answer));
    }

    [Fact]
    public void A_plan_points_sub_items_stand_on_their_own_lines_and_its_long_citation_is_cut_and_given_once()
    {
        var answer = new Answer(AnswerKind.Plan, "Point 4 of the Lake accord.",
        [
            new AnswerResult("The two councils are to share the ferry revenue:\n    - a. Half goes to the harbour fund.\n    - b. Half goes to the\n      schools on both shores.", Plan)
                { Plan = "lake-6", PlanName = "Lake accord", Point = 4 },
            new AnswerResult("The councils are to meet every spring.", Plan) { Plan = "lake-6", PlanName = "Lake accord", Point = 5 },
        ]);
        Assert.Equal(
            "Point 4 of the Lake accord.\n\n" +
            "1. [Lake accord · point 4] “The two councils are to share the ferry revenue:\n" +
            "     - a. Half goes to the harbour fund.\n" +
            "     - b. Half goes to the schools on both shores.”\n" +
            "   — Lake accord (draft of March 2026), point by point, Test Courier and Example\n" +
            "     Wire (2026-03-02)\n" +
            "     plans/lake.md\n\n" +
            "2. [Lake accord · point 5] “The councils are to meet every spring.”\n" +
            "   — same source as 1",
            TextRenderer.Render(answer, width: 80).ReplaceLineEndings("\n"));
    }

    private static readonly Core.Dates.PartialDate Published = Core.Dates.PartialDate.TryParse("2025-11-20", out var d) ? d : default;

    [Fact]
    public void A_source_list_names_each_title_once()
    {
        var answer = new Answer(AnswerKind.Sources, "I answer from 2 sources:",
        [
            new AnswerResult("Envoys meet again", Source) { Date = Published },
            new AnswerResult(Plan.Title, Plan),
        ]);
        Assert.Equal(
            "I answer from 2 sources:\n\n" +
            "1. Envoys meet again\n" +
            "   — Example Wire (2025-11-20)\n" +
            "     wire/talks.md\n\n" +
            "2. Lake accord (draft of March 2026), point by point\n" +
            "   — Test Courier and Example Wire (2026-03-02)\n" +
            "     plans/lake.md",
            TextRenderer.Render(answer).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_very_long_publisher_is_cut_at_a_word()
    {
        var source = new SourceInfo("a.md", "T", "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron", null);
        var text = TextRenderer.Render(new Answer(AnswerKind.Ask, "Found.", [new AnswerResult("Words.", source)]));
        Assert.Contains("   — T, Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa…\n", text.ReplaceLineEndings("\n"));
    }
}
