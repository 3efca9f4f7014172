using PeaceBot.Core.Dates;
using PeaceBot.Core.Extraction.Dates;
using PeaceBot.Core.Tests.Support;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Tests.Extraction.Dates;

/// <summary>Runs Specs/dates/*.md: each expected line is "date | the event's whole text", or its first words followed by "…".</summary>
public sealed class DateSpecTests
{
    public static TheoryData<ExtractionSpecCase> Cases()
    {
        var data = new TheoryData<ExtractionSpecCase>();
        foreach (var c in ExtractionSpecReader.ReadFolder(Path.Combine(AppContext.BaseDirectory, "Specs", "dates"))) data.Add(c);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Events_match_the_spec(ExtractionSpecCase spec)
    {
        PartialDate? published = PartialDate.TryParse(spec.Published, out var p) ? p : null;
        var text = TextSegmenter.Segment(spec.Input);
        var events = TimelineExtractor.Extract(text, published);
        var actual = events.Select(e => $"{e.Date} | {text.Slice(e.Range)}").ToList();

        Assert.True(spec.Expected.Count == actual.Count, $"{spec}: expected {spec.Expected.Count} events, got:\n{string.Join('\n', actual)}");
        for (var i = 0; i < actual.Count; i++)
        {
            var (date, snippet, isPrefix) = Split(spec.Expected[i]);
            var expected = $"{date} | {snippet}";
            // A line matches whole unless it ends with "…", which marks the event's first words only.
            var matches = isPrefix ? actual[i].StartsWith(expected, StringComparison.Ordinal) : actual[i] == expected;
            Assert.True(matches, $"{spec}: event {i + 1} expected '{spec.Expected[i]}', got '{actual[i]}'");
        }
    }

    private static (string Date, string Snippet, bool IsPrefix) Split(string line)
    {
        var bar = line.IndexOf(" | ", StringComparison.Ordinal);
        var snippet = line[(bar + 3)..].Trim();
        var isPrefix = snippet.EndsWith('…');
        return (line[..bar].Trim(), isPrefix ? snippet.TrimEnd('…').TrimEnd() : snippet, isPrefix);
    }
}
