using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PeaceBot.Core.Answers;
using PeaceBot.Core.Commands;
using PeaceBot.Core.Index;
using PeaceBot.Core.Search;

namespace PeaceBot.Core.Handlers;

/// <summary>
/// /timeline: dated events in date order. A month without a year covers that month in every year; topic words
/// keep only events about them; a period and topic together must both hold.
/// </summary>
internal static class TimelineHandler
{
    private const double MinTopicCoverage = 0.5;
    private const int MaxEvents = 300;

    public static Answer Handle(TimelineCommand command, CommandContext context)
    {
        var snapshot = context.Snapshot;
        var period = TimelinePeriod.Parse(command.Query, context.Today);
        var filter = PeriodFilter(period);
        var terms = period.Topic.Length == 0 ? [] : QueryText.QuestionTerms(snapshot.Analyzer, period.Topic);

        IReadOnlyList<SearchHit> hits;
        if (terms.Count > 0)
        {
            var relevant = SnapshotSearch.Ranked(snapshot, terms, filter, MaxEvents, synonyms: Synonyms.For(snapshot.Analyzer, terms))
                .Where(h => h.Coverage >= MinTopicCoverage).ToList();
            var dates = MultiDocValues.GetNumericValues(snapshot.Reader, IndexFields.DateSort);
            hits = relevant.OrderBy(h => dates?.Get(h.Doc) ?? 0).ThenBy(h => h.Doc).ToList();
        }
        else if (period.HasPeriod)
        {
            var sort = new Sort(new SortField(IndexFields.DateSort, SortFieldType.INT64), SortField.FIELD_DOC);
            var top = snapshot.Searcher.Search(new ConstantScoreQuery(new QueryWrapperFilter(filter)), null, MaxEvents, sort);
            hits = top.ScoreDocs.Select(sd => new SearchHit(snapshot.Searcher, sd.Doc, 0, 1)).ToList();
        }
        else
            return Answer.Error($"Which month or topic? Usage: {CommandUsage.Timeline}, e.g. /timeline august 2025.", command.Text) with { Kind = AnswerKind.Timeline };

        // Every result that would be shown is counted, so the count is what one can page through.
        // Ties in date go by file path, then by place in the file (the index keeps a file's passages in order), so
        // two builds of the same folder list the same events in the same order whatever order files were indexed in.
        // Hits come in date order, so stored fields are read only until the pageable results are complete and the
        // date of the last one is exhausted (its ties still sort by file); reading every match cost ~25 ms at 20k.
        var (all, truncated) = Collect(Deduplicate(hits.Select(h => ResultFactory.From(snapshot, h, h.Score))
            .Where(r => r.Date is { } d && period.Contains(d) && period.MatchesDayOfMonth(d))));
        var results = all.Take(Math.Min(context.Needed, HandlerLimits.MaxResults)).ToList();
        var pageable = Math.Min(all.Count, HandlerLimits.MaxResults);

        var what = (period.HasPeriod, terms.Count > 0) switch
        {
            (true, true) => $"{Describe(period)} about \"{period.Topic}\"",
            (true, false) => Describe(period),
            _ => $"\"{period.Topic}\"",
        };
        if (results.Count == 0)
            return new Answer(AnswerKind.Timeline, $"I have no dated events for {what}. {TimelineHint.For(period, snapshot.Months)}", []) { Outcome = AnswerOutcome.NoResults };
        var more = truncated ? $" (the earliest {pageable}; narrow the period or topic for the rest)"
            : all.Count > pageable ? $" (the earliest {pageable} of {all.Count}; narrow the period or topic for the rest)" : "";
        return new Answer(AnswerKind.Timeline, $"Timeline for {what}: {pageable} event{(pageable == 1 ? "" : "s")}{more}.", results);
    }

    private static string Describe(TimelinePeriod period) =>
        period.DayOfMonth is { } d && period.Month is { } m
            ? $"{CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[m - 1]} {d}"
            : period.Describe();

    private static Query PeriodFilter(TimelinePeriod period)
    {
        var type = SnapshotSearch.Type(IndexDocType.Event);
        if (period.HasDays)
        {
            var months = new BooleanQuery();
            foreach (var (y, m) in period.Months()) months.Add(Term(IndexFields.Month, $"{y:D4}-{m:D2}"), Occur.SHOULD);
            return SnapshotSearch.And(type, months);
        }
        return (period.Year, period.Month) switch
        {
            ({ } y, { } m) => SnapshotSearch.And(type, Term(IndexFields.Month, $"{y:D4}-{m:D2}")),
            (null, { } m) => SnapshotSearch.And(type, Term(IndexFields.MonthOfYear, m.ToString("D2", CultureInfo.InvariantCulture))),
            ({ } y, null) => SnapshotSearch.And(type, Term(IndexFields.Year, y.ToString("D4", CultureInfo.InvariantCulture))),
            _ => type,
        };
    }

    private static TermQuery Term(string field, string value) => new(new Term(field, value));

    // The same snippet can be an event of two files (a copied paragraph); show it once.
    private static (List<AnswerResult> All, bool Truncated) Collect(IEnumerable<AnswerResult> inDateOrder)
    {
        var taken = new List<AnswerResult>();
        var truncated = false;
        foreach (var r in inDateOrder)
        {
            if (taken.Count > HandlerLimits.MaxResults && r.Date!.Value.SortKey != taken[^1].Date!.Value.SortKey)
            {
                truncated = true;
                break;
            }
            taken.Add(r);
        }
        var all = taken.OrderBy(r => r.Date!.Value.SortKey).ThenBy(r => r.Source.File, StringComparer.Ordinal).ToList();
        return (all, truncated);
    }

    private static IEnumerable<AnswerResult> Deduplicate(IEnumerable<AnswerResult> results)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in results)
            if (seen.Add(SnippetKey.Of(r.Text))) yield return r;
    }
}
