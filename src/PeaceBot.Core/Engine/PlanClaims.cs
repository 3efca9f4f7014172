using PeaceBot.Core.Knowledge;

namespace PeaceBot.Core.Engine;

/// <summary>
/// One rule for plan files, whatever was loaded before: of the files that share a plan id, the first path in ordinal
/// order is the plan and every other is reported and left out; of several plans marked <c>default: true</c>, the first
/// path is the default and the others are reported. The rule looks at every plan file the folder holds — changed ones
/// and those the index already has — so <c>check</c>, a running <c>serve</c>, a reload and a restart all decide alike.
/// </summary>
internal static class PlanClaims
{
    /// <param name="Accepted">The changed files to index.</param>
    /// <param name="Evicted">Indexed files that lost their plan id to an earlier path and must leave the index.</param>
    public sealed record Outcome(IReadOnlyList<KnowledgeFile> Accepted, IReadOnlyList<string> Evicted, IReadOnlyList<KnowledgeProblem> Problems);

    /// <param name="changed">Files read anew by this reload.</param>
    /// <param name="committed">What the index holds of each file.</param>
    /// <param name="removed">Indexed files that are gone from the folder.</param>
    public static Outcome Decide(IReadOnlyList<KnowledgeFile> changed, IReadOnlyDictionary<string, IndexedFile> committed, IReadOnlyCollection<string> removed)
    {
        var changedPaths = changed.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var gone = removed.ToHashSet(StringComparer.Ordinal);
        var claims = changed.Where(f => f.FrontMatter.PlanId is not null)
            .Select(f => (Path: f.RelativePath, Id: f.FrontMatter.PlanId!, Default: f.FrontMatter.IsDefaultPlan))
            .Concat(committed.Where(c => c.Value.PlanId is not null && !changedPaths.Contains(c.Key) && !gone.Contains(c.Key))
                .Select(c => (Path: c.Key, Id: c.Value.PlanId!, Default: c.Value.DefaultPlan)))
            .OrderBy(c => c.Path, StringComparer.Ordinal)
            .ToList();

        var problems = new List<KnowledgeProblem>();
        var losers = new HashSet<string>(StringComparer.Ordinal);
        var winners = new List<(string Path, string Id, bool Default)>();
        foreach (var group in claims.GroupBy(c => c.Id, StringComparer.OrdinalIgnoreCase))
        {
            var owner = group.First();
            winners.Add(owner);
            foreach (var other in group.Skip(1))
            {
                losers.Add(other.Path);
                problems.Add(new KnowledgeProblem(other.Path, 2, $"duplicate plan id '{other.Id}' (already used by {owner.Path}, the first path); give this plan its own id"));
            }
        }

        var defaults = winners.Where(w => w.Default).OrderBy(w => w.Path, StringComparer.Ordinal).ToList();
        foreach (var extra in defaults.Skip(1))
            problems.Add(new KnowledgeProblem(extra.Path, 2, $"a second plan marked 'default: true': {defaults[0].Path} (the first path) is the default, so '{extra.Id}' is not; mark only one plan as default"));

        var accepted = changed.Where(f => !losers.Contains(f.RelativePath)).ToList();
        var evicted = losers.Where(committed.ContainsKey).Order(StringComparer.Ordinal).ToList();
        return new Outcome(accepted, evicted, problems);
    }
}
