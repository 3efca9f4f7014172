using PeaceBot.Core.Extraction.Quotes;
using PeaceBot.Core.Knowledge;
using PeaceBot.Core.Tests.Support;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Tests.Extraction;

/// <summary>Runs Specs/quotes/*.md: each expected line is "speaker | the quote's first words", in text order.</summary>
public sealed class QuoteSpecTests
{
    private static readonly AliasTable Aliases = new([
        new("Volodymyr Zelensky", ["Zelensky", "Zelenskyy"]),
        new("Donald Trump", ["Trump", "President Trump"]),
        new("Vladimir Putin", ["Putin"]),
        new("Ursula von der Leyen", ["von der Leyen"]),
    ]);

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
        var transcript = spec.Title.StartsWith("Transcript", StringComparison.Ordinal);
        var quotes = (transcript ? QuoteExtractor.ExtractTranscript(text, Aliases) : QuoteExtractor.Extract(text, Aliases))
            .OrderBy(q => q.Quote.Start).ToList();
        var actual = quotes.Select(q => $"{q.Speaker} | {text.Slice(q.Quote)}").ToList();

        Assert.True(spec.Expected.Count == actual.Count, $"{spec}: expected {spec.Expected.Count} quotes, got:\n{string.Join('\n', actual)}");
        for (var i = 0; i < actual.Count; i++)
            Assert.True(actual[i].StartsWith(spec.Expected[i].TrimEnd('…'), StringComparison.Ordinal), $"{spec}: quote {i + 1} expected '{spec.Expected[i]}', got '{actual[i]}'");
        foreach (var q in quotes)
        {
            Assert.InRange(q.Quote.End, 0, spec.Input.Length);
            Assert.True(q.Context.Start <= q.Quote.Start && q.Context.End >= q.Quote.End, $"{spec}: context does not hold its quote");
        }
    }
}
