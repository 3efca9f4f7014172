using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PeaceBot.Core.Answers;
using PeaceBot.Core.Index;

namespace PeaceBot.Core.Search;

/// <summary>The plan queries: point N of every plan, the article sentences that mention point N, and the point of one
/// plan that best covers a topic. Results come by file path and offset, never in indexing order.</summary>
internal static class PlanSearch
{
    /// <summary>Share of a topic's weight a point must hold to count as covering it.</summary>
    private const double MinTopicCoverage = 0.5;

    private const int TopicCandidates = 30;

    /// <summary>Point <paramref name="number"/> of every loaded plan that has one.</summary>
    public static IReadOnlyList<AnswerResult> Points(KnowledgeSnapshot snapshot, int number) =>
        SnapshotSearch.All(snapshot, SnapshotSearch.And(SnapshotSearch.Type(IndexDocType.Point), Term(IndexFields.PointNumber, Number(number))), snapshot.Plans.Count + 1)
            .Select(h => ResultFactory.From(snapshot, h, 1))
            .Where(r => r.Plan is not null)
            .ToList();

    /// <summary>Article sentences that name point <paramref name="number"/>, up to <paramref name="max"/>.</summary>
    public static IEnumerable<PlanMentionHit> Mentions(KnowledgeSnapshot snapshot, int number, int max)
    {
        var filter = SnapshotSearch.And(SnapshotSearch.Type(IndexDocType.Mention), Term(IndexFields.MentionPoint, Number(number)));
        foreach (var hit in SnapshotSearch.All(snapshot, filter, max))
        {
            var size = hit.Stored.GetField(IndexFields.MentionPlanSize)?.GetInt32Value() ?? 0;
            yield return new PlanMentionHit(ResultFactory.From(snapshot, hit, 0.5f) with { Point = number }, size);
        }
    }

    /// <summary>
    /// The point of plan <paramref name="planId"/> that best covers the topic terms, or null when none does. A point
    /// covers the topic when it holds at least half the topic's weight, or its first word (the subject of "army size",
    /// "NATO membership"), itself or a synonym. The best holds the most weight, then names the topic earliest (a point
    /// about sanctions says so at the start; one that only threatens them at the end is not about them), then scores best.
    /// </summary>
    public static AnswerResult? BestPoint(KnowledgeSnapshot snapshot, string planId, IReadOnlyList<string> terms)
    {
        var filter = SnapshotSearch.And(SnapshotSearch.Type(IndexDocType.Point), new TermQuery(new Term(IndexFields.Plan, planId)));
        var synonyms = Synonyms.For(snapshot.Analyzer, terms);
        var forms = terms.SelectMany(t => synonyms.GetValueOrDefault(t, []).Append(t)).ToHashSet(StringComparer.Ordinal);
        var subject = synonyms.GetValueOrDefault(terms[0], []).Append(terms[0]).ToHashSet(StringComparer.Ordinal);
        var best = SnapshotSearch.Ranked(snapshot, terms, filter, TopicCandidates, synonyms: synonyms)
            .Select(h => (Hit: h, Words: QueryText.Terms(snapshot.Analyzer, h.Snippet)))
            .Where(x => x.Hit.Coverage >= MinTopicCoverage || x.Words.Any(subject.Contains))
            .OrderByDescending(x => x.Hit.Coverage)
            .ThenBy(x => x.Words.FindIndex(forms.Contains) is var at and >= 0 ? at : int.MaxValue)
            .Select(x => x.Hit)
            .FirstOrDefault();
        return best is null ? null : ResultFactory.From(snapshot, best, best.Score);
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static TermQuery Term(string field, string value) => new(new Term(field, value));
}
