using PeaceBot.Core.Extraction.Quotes;
using PeaceBot.Core.Knowledge;
using PeaceBot.Core.Tests.Support;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Tests.Extraction;

/// <summary>
/// Runs Specs/quotes/*.md: each expected line is "speaker | the quote" in text order, matched whole unless it ends with
/// "…" (then it is a prefix). A quote no rule attributes is "(no speaker) | …". A case with <c>mode: transcript</c> is
/// read as a transcript.
/// </summary>
public sealed class QuoteSpecTests
{
    private static readonly AliasTable Aliases = new([
        new("Volodymyr Zelensky", ["Zelensky", "Zelenskyy"]),
        new("Donald Trump", ["Trump", "President Trump"]),
        new("Vladimir Putin", ["Putin"]),
        new("Ursula von der Leyen", ["von der Leyen"]),
        new("Sergey Lavrov", ["Lavrov", "Sergei Lavrov"]),
    ]);

    private const string NoSpeaker = "(no speaker)";

    public static TheoryData<ExtractionSpecCase> Cases()
    {
        var data = new TheoryData<ExtractionSpecCase>();
        foreach (var c in ExtractionSpecReader.ReadFolder(Path.Combine(AppContext.BaseDirectory, "Specs", "quotes"))) data.Add(c);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Quotes_match_the_spec(ExtractionSpecCase spec)
    {
        var text = TextSegmenter.Segment(spec.Input);
        var transcript = spec.Mode switch
        {
            null => false,
            "transcript" => true,
            _ => throw new InvalidOperationException($"{spec}: unknown mode '{spec.Mode}'"),
        };
        var quotes = (transcript ? QuoteExtractor.ExtractTranscript(text, Aliases) : QuoteExtractor.Extract(text, Aliases))
            .OrderBy(q => q.Quote.Start).ToList();
        var actual = quotes.Select(q => $"{q.Speaker ?? NoSpeaker} | {text.Slice(q.Quote)}").ToList();

        Assert.True(spec.Expected.Count == actual.Count, $"{spec}: expected {spec.Expected.Count} quotes, got:\n{string.Join('\n', actual)}");
        for (var i = 0; i < actual.Count; i++)
        {
            var expected = spec.Expected[i];
            var matches = expected.EndsWith('…')
                ? actual[i].StartsWith(expected[..^1], StringComparison.Ordinal)
                : actual[i] == expected;
            Assert.True(matches, $"{spec}: quote {i + 1} expected '{expected}', got '{actual[i]}'");
        }
        foreach (var q in quotes)
        {
            Assert.InRange(q.Quote.End, 0, spec.Input.Length);
            Assert.True(q.Context.Start <= q.Quote.Start && q.Context.End >= q.Quote.End, $"{spec}: context does not hold its quote");
        }
    }
}
