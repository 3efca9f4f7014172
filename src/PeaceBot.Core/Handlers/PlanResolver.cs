using PeaceBot.Core.Index;

namespace PeaceBot.Core.Handlers;

/// <summary>
/// Finds the plan a user names: its id exactly, or any part of its id, name or title
/// ("20-point", "ceasefire framework", "european"), every typed word having to match.
/// </summary>
internal static class PlanResolver
{
    public static IReadOnlyList<PlanInfo> Resolve(IReadOnlyList<PlanInfo> plans, string typed)
    {
        var want = Words(typed);
        if (want.Count == 0) return [];
        var exact = plans.Where(p => string.Equals(p.Id, typed.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        if (exact.Count > 0) return exact;
        return plans.Where(p =>
        {
            var have = Words($"{p.Id} {p.Name} {p.Title}");
            var joined = string.Join(' ', have);
            return want.All(w => have.Any(h => h.StartsWith(w, StringComparison.Ordinal)) || joined.Contains(w, StringComparison.Ordinal));
        }).ToList();
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c == '-') current.Append(c);
            else Flush();
        }
        Flush();
        return words;

        void Flush()
        {
            var w = current.ToString().Trim('-');
            current.Clear();
            if (w.Length > 0 && w is not ("the" or "plan" or "of")) words.Add(w);
        }
    }
}
