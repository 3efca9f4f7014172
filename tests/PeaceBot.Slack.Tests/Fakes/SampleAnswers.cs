using PeaceBot.Core.Answers;
using PeaceBot.Core.Dates;

namespace PeaceBot.Slack.Tests.Fakes;

public static class SampleAnswers
{
    public static readonly SourceInfo Source = new("news/a.md", "Talks in Geneva", "Reuters", "2025-11-23", "https://example.org/a?x=1&y=2");

    public static Answer OneQuote(AnswerRequest r) =>
        new(AnswerKind.WhoSaid, "1 match", [
            new AnswerResult("We are close to a deal.", Source) { Speaker = "Marco Rubio", Date = new PartialDate(2025, 11, 23) },
        ])
        { CommandText = r.Text, Page = r.Page };

    public static Answer Paged(AnswerRequest r) =>
        new(AnswerKind.Ask, $"page {r.Page}", [new AnswerResult($"passage on page {r.Page}", Source)])
        { CommandText = r.Text, Page = r.Page, HasMore = r.Page < 3 };
}
