using PeaceBot.Core.Answers;
using PeaceBot.Core.Commands;
using PeaceBot.Core.Index;
using PeaceBot.Core.Search;

namespace PeaceBot.Core.Handlers;

/// <summary>
/// /plan point N [plan]: the point's own text first, then passages that discuss it. With no plan named, the
/// default plan's point leads and the same point of the other plans follows. /plan compare: each plan's point on a
/// topic. /plan: the list.
/// </summary>
internal static class PlanHandler
{
    public static Answer List(CommandContext context)
    {
        var plans = context.Snapshot.Plans;
        if (plans.Count == 0) return NoPlans();
        var lines = plans.Select(p => $"{p.Id}: {p.Name} ({p.PointCount} point{(p.PointCount == 1 ? "" : "s")}){(p.IsDefault ? ", the default" : "")}");
        var sources = plans.Select(p => context.Snapshot.Sources.TryGetValue(p.File, out var s) ? s : new SourceInfo(p.File, p.Title));
        var results = plans.Zip(sources, (p, s) => new AnswerResult(p.Title, s) { Plan = p.Id, PlanName = p.Name }).ToList();
        return new Answer(AnswerKind.Plan, "Plans I know:\n" + string.Join('\n', lines) + $"\nUsage: {CommandUsage.PlanPoint}", results);
    }

    public static Answer Handle(PlanPointCommand command, CommandContext context)
    {
        var snapshot = context.Snapshot;
        if (snapshot.Plans.Count == 0) return NoPlans();

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
            results.AddRange(PlanSearch.Points(snapshot, command.Point)
                .Where(r => rank.ContainsKey(r.Plan!))
                .OrderBy(r => rank[r.Plan!])
                .Take(context.Needed));
            results.AddRange(Mentions(snapshot, having, command.Point, context.Needed - results.Count));
        }

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

    /// <summary>The point of each loaded plan that best covers the topic, default plan first, each cited verbatim.</summary>
    public static Answer Compare(PlanCompareCommand command, CommandContext context)
    {
        var snapshot = context.Snapshot;
        if (snapshot.Plans.Count == 0) return NoPlans();
        var terms = QueryText.QuestionTerms(snapshot.Analyzer, command.Topic);
        if (terms.Count == 0)
            return Answer.Error($"Compare the plans on what? \"{command.Topic}\" has no words to search for. Usage: {CommandUsage.PlanCompare}, e.g. /plan compare NATO.", command.Text) with { Kind = AnswerKind.Plan };

        var found = snapshot.Plans.Select(p => (Plan: p, Point: PlanSearch.BestPoint(snapshot, p.Id, terms))).ToList();
        var covering = found.Where(f => f.Point is not null).ToList();
        if (covering.Count == 0)
            return new Answer(AnswerKind.Plan, $"No plan covers \"{command.Topic}\". Plans: {string.Join(", ", snapshot.Plans.Select(p => p.Name))}.", [])
                { Outcome = AnswerOutcome.NoResults };
        var sides = covering.Select(f => $"point {f.Point!.Point} of the {f.Plan.Name}");
        var missing = found.Where(f => f.Point is null).Select(f => $"the {f.Plan.Name}").ToList();
        var none = missing.Count == 0 ? "" : $" Not covered by {string.Join("; ", missing)}.";
        return new Answer(AnswerKind.Plan, $"The plans on \"{command.Topic}\": {string.Join("; ", sides)}.{none}",
            covering.Select(f => f.Point!).ToList());
    }

    // Article sentences that name the point. A mention belongs to the plan its sentence names ("the European plan",
    // "the 20-point framework"), and only when the sentence names none, to the first listed plan whose size its
    // paragraph or file names, or, naming no size, to the default plan. A sentence naming a plan not loaded is none's.
    private static IEnumerable<AnswerResult> Mentions(KnowledgeSnapshot snapshot, IReadOnlyList<PlanInfo> plans, int point, int needed)
    {
        if (needed <= 0) yield break;
        var found = 0;
        foreach (var hit in PlanSearch.Mentions(snapshot, point, HandlerLimits.Candidates * 4))
        {
            var (naming, named) = MentionedPlan.In(hit.Result.Text, snapshot.Plans);
            var plan = naming switch
            {
                MentionedPlan.Naming.Known => plans.FirstOrDefault(p => p == named && point <= p.PointCount),
                MentionedPlan.Naming.Unknown => null,
                _ => plans.FirstOrDefault(p => hit.PlanSize == p.PointCount || (hit.PlanSize == 0 && p.IsDefault)),
            };
            if (plan is null) continue;
            yield return hit.Result with { Plan = plan.Id, PlanName = plan.Name };
            if (++found == needed) yield break;
        }
    }

    private static Answer NoPlans() => new(AnswerKind.Plan, "No plan files are loaded.", []) { Outcome = AnswerOutcome.NoResults };

    private static string DidYouMean(IReadOnlyList<PlanInfo> plans, string typed) =>
        Text.NearestName.Find(typed, plans.SelectMany(p => new[] { p.Id, p.Name })) is { } near ? $" Did you mean \"{near}\"?" : "";
}
