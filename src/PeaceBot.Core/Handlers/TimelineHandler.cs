using PeaceBot.Core.Answers;
using PeaceBot.Core.Commands;
using PeaceBot.Core.Search;

namespace PeaceBot.Core.Handlers;

/// <summary>
/// /timeline: dated events in date order. A month without a year covers that month in every year; topic words
/// keep only events about them; a period and topic together must both hold.
/// </summary>
internal static class TimelineHandler
{
    public static Answer Handle(TimelineCommand command, CommandContext context)
    {
        var snapshot = context.Snapshot;
        var period = TimelinePeriod.Parse(command.Query, context.Today);
        var terms = period.Topic.Length == 0 ? [] : QueryText.QuestionTerms(snapshot.Analyzer, period.Topic);
        if (terms.Count == 0 && !period.HasPeriod)
            return Answer.Error($"Which month or topic? Usage: {CommandUsage.Timeline}, e.g. /timeline august 2025.", command.Text) with { Kind = AnswerKind.Timeline };

        // Every distinct event is counted (from doc values, no stored text read); the count shown is what one can
        // page through, and the total is named when there are more than a page can hold.
        var hits = TimelineSearch.Find(snapshot, period.ToFilter(), terms, Math.Min(context.Needed, HandlerLimits.MaxResults));
        var pageable = Math.Min(hits.Total, HandlerLimits.MaxResults);

        var what = (period.HasPeriod, terms.Count > 0) switch
        {
            (true, true) => $"{period.Describe()} about \"{period.Topic}\"",
            (true, false) => period.Describe(),
            _ => $"\"{period.Topic}\"",
        };
        if (hits.Results.Count == 0)
            return new Answer(AnswerKind.Timeline, $"I have no dated events for {what}. {TimelineHint.For(period, snapshot.Months)}", []) { Outcome = AnswerOutcome.NoResults };
        var more = hits.Total > pageable ? $" (the earliest {pageable} of {hits.Total}; narrow the period or topic for the rest)" : "";
        return new Answer(AnswerKind.Timeline, $"Timeline for {what}: {pageable} event{(pageable == 1 ? "" : "s")}{more}.", hits.Results.ToList());
    }
}
