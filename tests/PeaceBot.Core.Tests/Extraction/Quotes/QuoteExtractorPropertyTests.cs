using CsCheck;
using PeaceBot.Core.Extraction.Quotes;
using PeaceBot.Core.Knowledge;
using PeaceBot.Core.Tests.Robustness;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Tests.Extraction.Quotes;

/// <summary>Random, unbalanced and nested quotation marks around attribution words: no exception, sane ranges.</summary>
public sealed class QuoteExtractorPropertyTests
{
    private static readonly AliasTable Aliases = new([new("Donald Trump", ["Trump", "TRUMP"]), new("Kyiv", ["Kiev"])]);

    private static readonly string[] Pieces =
    [
        "“", "”", "‘", "’", "\"", "'", "«", "»", " said", " says ", " told ", "according to ", "According to ", ", he said.",
        ", she added", " warned that ", " called it ", " described it as ", " who then claimed ", "Trump", "TRUMP", "Oleg Ignatov",
        ", a senior analyst at Crisis Group,", "U.S. Army Secretary Dan Driscoll", "the Kremlin", "a NATO diplomat", "Germany's",
        " chancellor", "Kiev", "von der ", "O'Neil", "-", ":", ", ", ". ", "? ", "! ", "\n", "\n\n", "**", "SPEAKER ONE: ",
        "(Reuters)", " of ", " the ", " words words words ", "—", "…", "\t", "Ж", "🕊️",
    ];

    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.OneOf(Pieces).Array[0, 80].Select(a => string.Concat(a)),
        Gen.Select(Gen.OneOf(Pieces).Array[0, 40], Gen.String, (a, b) => string.Concat(a) + b + string.Concat(a)));

    [Fact]
    public void Random_quotation_marks_never_throw_and_ranges_stay_in_bounds()
    {
        Text.Sample(input =>
        {
            var text = TextSegmenter.Segment(input);
            Check(input, QuoteExtractor.Extract(text, Aliases), allowOverlap: false);
            Check(input, QuoteExtractor.ExtractTranscript(text, Aliases), allowOverlap: false);
        }, iter: SuiteSize.Pick(2_000, 50_000));
    }

    private static void Check(string input, IReadOnlyList<ExtractedQuote> quotes, bool allowOverlap)
    {
        var lastEnd = -1;
        foreach (var q in quotes)
        {
            Assert.InRange(q.Quote.Start, 0, input.Length);
            Assert.InRange(q.Quote.End, q.Quote.Start + 1, input.Length);
            Assert.InRange(q.Context.Start, 0, q.Quote.Start);
            Assert.InRange(q.Context.End, q.Quote.End, input.Length);
            Assert.False(string.IsNullOrWhiteSpace(input.Substring(q.Quote.Start, q.Quote.Length)));
            // A speaker is a name or null (abstained), never blank; only quotation marks can be left without one.
            Assert.True(q.Speaker is null ? q.Kind != QuoteKind.Indirect : !string.IsNullOrWhiteSpace(q.Speaker), "blank speaker or unattributed reported speech");
            if (!allowOverlap) Assert.True(q.Quote.Start >= lastEnd, "quotes overlap");
            lastEnd = q.Quote.End;
        }
    }
}
