using PeaceBot.Core.Answers;
using PeaceBot.Core.Handlers;

namespace PeaceBot.Core.Tests.Handlers;

public class PagingTests
{
    private static Answer Full(int results) =>
        new(AnswerKind.Ask, "Found.", Enumerable.Range(1, results).Select(i => new AnswerResult($"Result {i}.", new SourceInfo("a.md", "A"))).ToList());

    [Theory]
    [InlineData(17, 4, 5, 4, false)]
    [InlineData(5, 1, 5, 1, false)]
    [InlineData(3, 1, 5, 1, false)]
    [InlineData(9, 2, 5, 2, false)]
    public void When_every_result_was_gathered_the_page_count_is_known(int results, int page, int size, int pages, bool more)
    {
        var answer = Paging.Apply(Full(results), page, size);
        Assert.Equal((pages, more), (answer.PageCount!.Value, answer.HasMore));
    }

    [Fact]
    public void When_the_handler_stopped_at_what_was_needed_the_page_count_is_unknown()
    {
        var needed = Paging.Needed(1, 5);
        Assert.Equal((1 + Paging.PagesAhead) * 5 + 1, needed);
        var answer = Paging.Apply(Full(needed), 1, 5);
        Assert.Null(answer.PageCount);
        Assert.True(answer.HasMore);
    }
}
