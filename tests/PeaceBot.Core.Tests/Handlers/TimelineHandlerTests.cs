using PeaceBot.Core.Answers;
using PeaceBot.Core.Engine;

namespace PeaceBot.Core.Tests.Handlers;

/// <summary>/timeline over a small folder, with the clock fixed so relative periods are predictable.</summary>
public sealed class TimelineHandlerTests : IDisposable
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "timeline");

    private readonly KnowledgeService _service = new(Folder);

    private PeaceBotEngine Engine(DateTimeOffset now)
    {
        _service.ReloadAsync().GetAwaiter().GetResult();
        return new PeaceBotEngine(_service, time: new FixedClock(now));
    }

    private static Answer Ask(PeaceBotEngine engine, string text, int page = 1, int pageSize = 25) =>
        engine.AnswerAsync(new AnswerRequest(text, "test", page, pageSize)).GetAwaiter().GetResult();

    private static readonly DateTimeOffset Friday = new(2025, 11, 21, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("/timeline 2025-11-20")]
    [InlineData("/timeline 20 November 2025")]
    [InlineData("/timeline nov 20")]
    [InlineData("/timeline yesterday")]
    public void A_day_query_lists_that_days_events(string command)
    {
        var answer = Ask(Engine(Friday), command);
        Assert.Equal(["2025-11-20", "2025-11-20", "2025-11-20", "2025-11-20"], answer.Results.Select(r => r.Date.ToString()));
        // Equal dates go by file path, then by place in the file.
        Assert.Equal(["articles/border.md", "articles/border.md", "articles/valley.md", "articles/valley.md"], answer.Results.Select(r => r.Source.File));
        Assert.StartsWith("The northern crossing", answer.Results[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("The truce in the river valley", answer.Results[2].Text, StringComparison.Ordinal);
        Assert.StartsWith("Timeline for ", answer.Message, StringComparison.Ordinal);
        Assert.Contains(": 4 events.", answer.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("about", answer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_periods_count_from_the_injected_clock()
    {
        var engine = Engine(Friday.AddDays(7));
        var lastWeek = Ask(engine, "/timeline last week");
        Assert.Equal(["2025-11-17", "2025-11-20", "2025-11-20", "2025-11-20", "2025-11-20"], lastWeek.Results.Select(r => r.Date.ToString()));
        Assert.Equal("Timeline for last week (17 November 2025 to 23 November 2025): 5 events.", lastWeek.Message);
        Assert.Equal(AnswerOutcome.NoResults, Ask(engine, "/timeline yesterday").Outcome);
        var lastMonth = Ask(Engine(new DateTimeOffset(2025, 12, 3, 9, 0, 0, TimeSpan.Zero)), "/timeline last month ceasefire");
        Assert.StartsWith("Timeline for last month (November 2025) about \"ceasefire\": ", lastMonth.Message, StringComparison.Ordinal);
        Assert.NotEmpty(lastMonth.Results);
    }

    [Fact]
    public void The_count_is_what_one_can_page_through()
    {
        var engine = Engine(Friday);
        foreach (var command in new[] { "/timeline ceasefire", "/timeline 2025-11", "/timeline this week" })
        {
            var first = Ask(engine, command, 1, 2);
            var shown = new List<AnswerResult>();
            for (var page = 1; page < 10; page++)
            {
                var answer = Ask(engine, command, page, 2);
                shown.AddRange(answer.Results);
                if (!answer.HasMore) break;
            }
            Assert.Contains($": {shown.Count} event{(shown.Count == 1 ? "" : "s")}.", first.Message, StringComparison.Ordinal);
        }
    }

    public void Dispose() => _service.Dispose();
}
