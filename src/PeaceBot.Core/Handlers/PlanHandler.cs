using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PeaceBot.Core.Answers;
using PeaceBot.Core.Commands;
using PeaceBot.Core.Index;
using PeaceBot.Core.Search;

namespace PeaceBot.Core.Handlers;

/// <summary>
/// /plan point N [plan]: the point's own text first, then passages that discuss it. With no plan named, the
/// default plan's point leads and the same point of the other plans follows.
/// </summary>
internal static class PlanHandler
{
    public static Answer List(CommandContext context)
    {
        var plans = context.Snapshot.Plans;
        if (plans.Count == 0)
            return new Answer(AnswerKind.Plan, "No plan files are loaded.", []) { Outcome = AnswerOutcome.NoResults };
        var lines = plans.Select(p => $"{p.Id}: {p.Name} ({p.PointCount} point{(p.PointCount == 1 ? "" : "s")}){(p.IsDefault ? ", the default" : "")}");
        var sources = plans.Select(p => context.Snapshot.Sources.TryGetValue(p.File, out var s) ? s : new SourceInfo(p.File, p.Title));
        var results = plans.Zip(sources, (p, s) => new AnswerResult(p.Title, s) { Plan = p.Id, PlanName = p.Name }).ToList();
        return new Answer(AnswerKind.Plan, "Plans I know:\n" + string.Join('\n', lines) + $"\nUsage: {CommandUsage.PlanPoint}", results);
    }

    public static Answer Handle(PlanPointCommand command, CommandContext context)
    {
        var snapshot = context.Snapshot;
        if (snapshot.Plans.Count == 0)
            return new Answer(AnswerKind.Plan, "No plan files are loaded.", []) { Outcome = AnswerOutcome.NoResults };

        IReadOnlyList<PlanInfo> order;
        if (command.Plan is { } typed)
        {
            var named = PlanResolver.Resolve(snapshot.Plans, typed);
            if (named.Count == 0)
                return new Answer(AnswerKind.Plan, $"I know no plan called \"{typed}\".{DidYouMean(snapshot.Plans, typed)} Plans: {string.Join(", ", snapshot.Plans.Select(p => p.Id))}.", [])
                    { Outcome = AnswerOutcome.BadRequest };
            order = named;
        }
        else
        {
            order = snapshot.Plans; // default plan first (the snapshot keeps them in that order)
        }

        var results = new List<AnswerResult>();
        var having = order.Where(p => command.Point <= p.PointCount).ToList();
        if (having.Count > 0)
        {
            // Point N of every plan in one query, then in the order the plans were asked for.
            var rank = having.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
            var number = command.Point.ToString(CultureInfo.InvariantCulture);
            var points = SnapshotSearch.All(snapshot, SnapshotSearch.And(SnapshotSearch.Type(IndexDocType.Point), new TermQuery(new Term(IndexFields.PointNumber, number))), snapshot.Plans.Count + 1)
                .Select(h => ResultFactory.From(snapshot, h, 1))
                .Where(r => r.Plan is not null && rank.ContainsKey(r.Plan))
                .OrderBy(r => rank[r.Plan!])
                .Take(context.Needed);
            results.AddRange(points);
        }
        if (having.Count > 0) results.AddRange(Mentions(snapshot, having, command.Point, context.Needed - results.Count));

        if (results.Count == 0)
        {
            var lead = order[0];
            var message = order.Count == 1 || command.Plan is null
                ? $"The {lead.Name} has {lead.PointCount} points; there is no point {command.Point}."
                : $"None of the matching plans has a point {command.Point}.";
            return new Answer(AnswerKind.Plan, message, []) { Outcome = AnswerOutcome.NoResults };
        }
        var first = results[0];
        // Name every plan whose point is shown, the lead first, so another plan's point never sits under the lead's name.
        var others = results.Where(r => r.Point == command.Point && r.Plan != first.Plan && r.Plan is not null)
            .Select(r => r.PlanName ?? r.Plan!).Distinct(StringComparer.Ordinal).ToList();
        var also = others.Count == 0 ? "" : $" Also point {command.Point} of: {string.Join("; ", others.Select(o => $"the {o}"))}.";
        return new Answer(AnswerKind.Plan, $"Point {command.Point} of the {first.PlanName ?? first.Plan}.{also}", results.Take(HandlerLimits.MaxResults).ToList());
    }

    // Article passages that name the point. A mention belongs to the first listed plan whose size the text names
    // ("the 28-point plan"), or, naming no size, to the default plan.
    private static IEnumerable<AnswerResult> Mentions(KnowledgeSnapshot snapshot, IReadOnlyList<PlanInfo> plans, int point, int needed)
    {
        if (needed <= 0) yield break;
        var filter = SnapshotSearch.And(SnapshotSearch.Type(IndexDocType.Mention),
            new TermQuery(new Term(IndexFields.MentionPoint, point.ToString(CultureInfo.InvariantCulture))));
        var found = 0;
        foreach (var hit in SnapshotSearch.All(snapshot, filter, HandlerLimits.Candidates * 4))
        {
            var size = hit.Stored.GetField(IndexFields.MentionPlanSize)?.GetInt32Value() ?? 0;
            var plan = plans.FirstOrDefault(p => size == p.PointCount || (size == 0 && p.IsDefault));
            if (plan is null) continue;
            yield return ResultFactory.From(snapshot, hit, 0.5f) with { Plan = plan.Id, PlanName = plan.Name, Point = point };
            if (++found == needed) yield break;
        }
    }

    private static string DidYouMean(IReadOnlyList<PlanInfo> plans, string typed) =>
        Text.NearestName.Find(typed, plans.SelectMany(p => new[] { p.Id, p.Name })) is { } near ? $" Did you mean \"{near}\"?" : "";
}
