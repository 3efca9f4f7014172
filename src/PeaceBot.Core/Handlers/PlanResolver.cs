using System.Globalization;
using PeaceBot.Core.Index;

namespace PeaceBot.Core.Handlers;

/// <summary>
/// Finds the plan a user names: its id exactly, or whole words of its id, name or title ("ceasefire framework",
/// "european", "beta"), every typed word having to match. A number ("20", "20-point") names the plan with that
/// many points, so "20" never matches the "2025" of a title.
/// </summary>
internal static class PlanResolver
{
    public static IReadOnlyList<PlanInfo> Resolve(IReadOnlyList<PlanInfo> plans, string typed) => Match(plans, typed, completing: false);

    /// <summary>For autocomplete: as <see cref="Resolve"/>, but the last word may still be being typed ("cease").</summary>
    public static IReadOnlyList<PlanInfo> Complete(IReadOnlyList<PlanInfo> plans, string typed) => Match(plans, typed, completing: true);

    private static List<PlanInfo> Match(IReadOnlyList<PlanInfo> plans, string typed, bool completing)
    {
        var want = Words(typed);
        if (want.Count == 0) return [];
        var exact = plans.Where(p => string.Equals(p.Id, typed.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        if (exact.Count > 0) return exact;
        var partial = completing && !char.IsWhiteSpace(typed[^1]) ? want[^1] : null;
        return plans.Where(p =>
        {
            var have = Words($"{p.Id} {p.Name} {p.Title}").SelectMany(Parts).ToHashSet(StringComparer.Ordinal);
            return want.Select((w, i) => (w, last: i == want.Count - 1)).All(x =>
                x.last && partial is not null ? have.Any(h => h.StartsWith(x.w, StringComparison.Ordinal))
                : Size(x.w) is { } n ? n == p.PointCount : have.Contains(x.w));
        }).ToList();
    }

    // "20", "20-point", "20-points": a plan size.
    private static int? Size(string word)
    {
        var digits = word.EndsWith("-points", StringComparison.Ordinal) ? word[..^7]
            : word.EndsWith("-point", StringComparison.Ordinal) ? word[..^6] : word;
        return digits.Length is > 0 and <= 3 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    // "us-28" is also "us" and "28"; "ceasefire-framework" also its two words.
    private static IEnumerable<string> Parts(string word)
    {
        yield return word;
        if (word.Contains('-'))
            foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries)) yield return part;
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
            if (w.Length > 0 && w is not ("the" or "plan" or "of" or "point" or "points")) words.Add(w);
        }
    }
}
