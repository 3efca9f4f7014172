using CsCheck;
using PeaceBot.Core.Dates;
using PeaceBot.Core.Extraction.Dates;
using PeaceBot.Core.Extraction.Quotes;
using PeaceBot.Core.Knowledge;
using PeaceBot.Core.Tests.Robustness;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Tests.Extraction;

/// <summary>Any text through the extraction rules: no exception, every range inside the text, every date valid.</summary>
public sealed class ExtractionPropertyTests
{
    private static readonly string[] Pieces =
    [
        "“", "”", "\"", " said ", " says ", " told ", "According to ", ", he said.", "Trump", "Maria Kovalenko", "In February", " March 12, 2025",
        " late November", " this week", " on Friday", " in 2024", "May ", "\n\n", "\n", ". ", "? ", "mid-", "Aug. ", "31", "2025-02-30",
        "ZELENSKY: ", "who then claimed that ", "—", "…", "\u0000", "\ud800", "Ж", "🕊️",
    ];

    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String,
        Gen.OneOf(Pieces).Array[0, 60].Select(a => string.Concat(a)),
        Gen.Select(Gen.OneOf(Pieces).Array[0, 30], Gen.String, (a, b) => string.Concat(a) + b));

    private static readonly Gen<PartialDate?> Published = Gen.OneOf(
        Gen.Const((PartialDate?)null),
        Gen.Int[2000, 2030].Select(y => (PartialDate?)new PartialDate(y)),
        Gen.Select(Gen.Int[2000, 2030], Gen.Int[1, 12], (y, m) => (PartialDate?)new PartialDate(y, m)),
        Gen.Select(Gen.Int[2000, 2030], Gen.Int[1, 12], Gen.Int[1, 28], (y, m, d) => (PartialDate?)new PartialDate(y, m, d)));

    [Fact]
    public void Quotes_stay_inside_the_text()
    {
        Text.Sample(input =>
        {
            var text = TextSegmenter.Segment(input);
            foreach (var q in QuoteExtractor.Extract(text, AliasTable.Empty).Concat(QuoteExtractor.ExtractTranscript(text, AliasTable.Empty)))
            {
                Assert.True(q.Quote.Start >= 0 && q.Quote.End <= input.Length && q.Quote.Length > 0);
                Assert.True(q.Context.Start >= 0 && q.Context.End <= input.Length);
                Assert.True(q.Speaker is null ? q.Kind != QuoteKind.Indirect : !string.IsNullOrWhiteSpace(q.Speaker));
            }
        }, iter: SuiteSize.Pick(3_000, 100_000));
    }

    [Fact]
    public void Events_stay_inside_the_text_with_valid_dates()
    {
        Gen.Select(Text, Published).Sample((input, published) =>
        {
            var text = TextSegmenter.Segment(input);
            foreach (var e in TimelineExtractor.Extract(text, published))
            {
                Assert.True(e.Range.Start >= 0 && e.Range.End <= input.Length && e.Range.Length > 0);
                Assert.True(PartialDate.TryParse(e.Date.ToString(), out _));
            }
        }, iter: SuiteSize.Pick(3_000, 100_000));
    }
}
