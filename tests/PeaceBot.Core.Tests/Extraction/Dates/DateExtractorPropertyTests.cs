using CsCheck;
using PeaceBot.Core.Dates;
using PeaceBot.Core.Extraction.Dates;
using PeaceBot.Core.Tests.Robustness;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Tests.Extraction.Dates;

/// <summary>
/// Any text and any publication date (down to year 1 and up to 9999, where date arithmetic overflows) through the date
/// rules: no exception, mentions inside one non-heading sentence, never overlapping, dates printable and re-parsable,
/// a written (not relative) date's year in the words.
/// </summary>
public sealed class DateExtractorPropertyTests
{
    private static readonly string[] Pieces =
    [
        "In February", "in", " March", " May ", "may", "Mar.", " 12", ", 2025", " 2024", "31", "29", "15.08.2025", "1.2.2025.4",
        "2025-02-30", "9999-12-31", "0001-01-01", " late ", "mid-", "early ", "the fall of ", "spring", "winter", " of ",
        " last ", " next ", " this ", "week", "month", "year", " ago", "two ", "99 ", "a ", "days", "yesterday", "today",
        "on Friday", "Friday, ", "Aug. ", "Sept. ", "15th", "2nd of ", "and December 2025", " will ", "\"will\"", "%",
        "-point", "06:01", "\n\n", "\n", ". ", "? ", "# ", "—", "…", "\u0000", "\ud800", "Ж", "🕊️",
    ];

    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String,
        Gen.OneOf(Pieces).Array[0, 60].Select(a => string.Concat(a)),
        Gen.Select(Gen.OneOf(Pieces).Array[0, 30], Gen.String, (a, b) => string.Concat(a) + b));

    private static readonly Gen<int> AnyYear = Gen.OneOf(Gen.Int[1, 9999], Gen.OneOf<int>(1, 2, 1899, 1900, 2100, 2101, 9998, 9999));

    private static readonly Gen<PartialDate?> Published = Gen.OneOf(
        Gen.Const((PartialDate?)null),
        AnyYear.Select(y => (PartialDate?)new PartialDate(y)),
        Gen.Select(AnyYear, Gen.Int[1, 12], (y, m) => (PartialDate?)new PartialDate(y, m)),
        Gen.Select(AnyYear, Gen.Int[1, 12], Gen.Int[1, 28], (y, m, d) => (PartialDate?)new PartialDate(y, m, d)),
        Gen.Select(Gen.Int[2020, 2030], Gen.Int[1, 12], Gen.Int[1, 28], (y, m, d) => (PartialDate?)new PartialDate(y, m, d)));

    [Fact]
    public void Mentions_stay_inside_one_sentence_with_valid_dates()
    {
        Gen.Select(Text, Published).Sample((input, published) =>
        {
            var text = TextSegmenter.Segment(input);
            var mentions = DateExtractor.Find(text, published);
            var previousEnd = 0;
            foreach (var m in mentions.OrderBy(m => m.Range.Start))
            {
                Assert.True(m.Range.Start >= previousEnd && m.Range.Length > 0 && m.Range.End <= input.Length);
                previousEnd = m.Range.End;
                var sentence = text.SentenceAt(m.Range.Start);
                Assert.NotNull(sentence);
                Assert.True(m.Range.End <= sentence.Range.End);
                Assert.False(text.Paragraphs[sentence.Paragraph].IsHeading);
                Assert.True(PartialDate.TryParse(m.Date.ToString(), out var back) && back == m.Date);
                // A written date's year stands in the words: its own, or those of a month pair ("November and December 2025").
                if (!m.IsRelative)
                    Assert.Contains(m.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), input[m.Range.Start..sentence.Range.End], StringComparison.Ordinal);
            }
        }, iter: SuiteSize.Pick(3_000, 100_000));
    }

    [Fact]
    public void Events_are_ordered_sentence_runs_of_one_paragraph()
    {
        Gen.Select(Text, Published).Sample((input, published) =>
        {
            var text = TextSegmenter.Segment(input);
            var previous = -1;
            var previousDates = new HashSet<string>();
            foreach (var e in TimelineExtractor.Extract(text, published))
            {
                // A sentence naming several months is an event of each, once per month.
                Assert.True(e.FirstSentence >= previous);
                if (e.FirstSentence > previous) previousDates.Clear();
                Assert.True(previousDates.Add($"{e.Date.Year}-{e.Date.Month}"));
                previous = e.FirstSentence;
                var first = text.Sentences[e.FirstSentence];
                Assert.Equal(first.Range.Start, e.Range.Start);
                Assert.True(e.Range.End <= input.Length);
                var last = text.SentenceAt(e.Range.End - 1);
                Assert.NotNull(last);
                Assert.Equal(first.Paragraph, last.Paragraph);
                Assert.InRange(last.Index - first.Index, 0, TimelineExtractor.MaxFollowingSentences);
            }
        }, iter: SuiteSize.Pick(3_000, 100_000));
    }
}
