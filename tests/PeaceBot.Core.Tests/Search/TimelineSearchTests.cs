using System.Text;
using PeaceBot.Core.Answers;
using PeaceBot.Core.Engine;

namespace PeaceBot.Core.Tests.Search;

/// <summary>
/// The timeline counts every distinct event of a period from doc values: more events than a page can hold are named
/// in full, a snippet copied into a second file counts once, and events on one day come by file path and offset.
/// </summary>
public sealed class TimelineSearchTests : IDisposable
{
    private const int Events = 60;
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("peacebot-timeline-count-");

    public TimelineSearchTests()
    {
        var convoys = new StringBuilder("---\ntitle: Convoys\npublished: 2025-03-30\n---\n");
        for (var k = 1; k <= Events; k++) convoys.Append($"On {1 + k % 28} March 2025 convoy number {k} crossed the river bridge.\n\n");
        File.WriteAllText(Path.Combine(_dir.FullName, "b-convoys.md"), convoys.ToString());
        // Five of the same paragraphs in another file, whose path sorts first: the copies stand for the events.
        var copy = new StringBuilder("---\ntitle: Copied convoys\npublished: 2025-03-30\n---\n");
        for (var k = 1; k <= 5; k++) copy.Append($"On {1 + k % 28} March 2025 convoy number {k} crossed the river bridge.\n\n");
        File.WriteAllText(Path.Combine(_dir.FullName, "a-copy.md"), copy.ToString());
    }

    [Fact]
    public async Task More_events_than_a_page_holds_are_counted_in_full_and_each_snippet_once()
    {
        using var service = new KnowledgeService(_dir.FullName);
        await service.ReloadAsync();
        var engine = new PeaceBotEngine(service);

        var first = await engine.AnswerAsync(new AnswerRequest("/timeline march 2025", "test", 1, 25));
        Assert.Equal($"Timeline for March 2025: 50 events (the earliest 50 of {Events}; narrow the period or topic for the rest).", first.Message);
        var second = await engine.AnswerAsync(new AnswerRequest("/timeline march 2025", "test", 2, 25));
        var third = await engine.AnswerAsync(new AnswerRequest("/timeline march 2025", "test", 3, 25));
        var shown = first.Results.Concat(second.Results).Concat(third.Results).ToList();

        Assert.Equal(50, shown.Count);
        Assert.Equal(shown.Count, shown.Select(r => r.Text).Distinct().Count());
        Assert.Equal(shown.Select(r => r.Date!.Value.SortKey).Order(), shown.Select(r => r.Date!.Value.SortKey));
        // 1 March: convoys 28 and 56 of b-convoys.md, in text order; 2 March: convoy 1 from a-copy.md, the first path.
        Assert.Equal(["convoy number 28", "convoy number 56", "convoy number 1"],
            shown.Take(3).Select(r => System.Text.RegularExpressions.Regex.Match(r.Text, @"convoy number \d+").Value));
        Assert.Equal("a-copy.md", shown[2].Source.File);
    }

    [Fact]
    public async Task A_topic_counts_the_same_way()
    {
        using var service = new KnowledgeService(_dir.FullName);
        await service.ReloadAsync();
        var answer = await new PeaceBotEngine(service).AnswerAsync(new AnswerRequest("/timeline march 2025 convoy bridge", "test", 1, 25));
        Assert.StartsWith("Timeline for March 2025 about \"convoy bridge\": 50 events (the earliest 50 of ", answer.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try { _dir.Delete(recursive: true); } catch (IOException) { }
    }
}
