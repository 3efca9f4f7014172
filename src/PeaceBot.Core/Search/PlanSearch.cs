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

    private const int TopicCandidates = 10;

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
    /// The point of plan <paramref name="planId"/> that best covers the topic terms — most of the topic's weight, then
    /// the best BM25 score, then the earlier point — or null when none holds at least half the topic's weight.
    /// </summary>
    public static AnswerResult? BestPoint(KnowledgeSnapshot snapshot, string planId, IReadOnlyList<string> terms)
    {
        var filter = SnapshotSearch.And(SnapshotSearch.Type(IndexDocType.Point), new TermQuery(new Term(IndexFields.Plan, planId)));
        var best = SnapshotSearch.Ranked(snapshot, terms, filter, TopicCandidates, synonyms: Synonyms.For(snapshot.Analyzer, terms))
            .Where(h => h.Coverage >= MinTopicCoverage)
            .OrderByDescending(h => h.Coverage)
            .FirstOrDefault();
        return best is null ? null : ResultFactory.From(snapshot, best, best.Score);
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static TermQuery Term(string field, string value) => new(new Term(field, value));
}
