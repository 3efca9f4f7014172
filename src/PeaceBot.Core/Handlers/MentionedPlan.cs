using System.Globalization;
using System.Text.RegularExpressions;
using PeaceBot.Core.Index;

namespace PeaceBot.Core.Handlers;

/// <summary>
/// Which loaded plan an article sentence names, if it names one: its id ("us-28"), its name ("the 20-point
/// framework"), an alias its front matter gives (<c>plan_aliases: Trump plan</c>), or the words before a plan noun that only one kind of plan carries ("the European plan" — a size,
/// or a capitalised word of a plan's id, name or title). A sentence that names a plan none of the loaded ones is
/// ("the Nordic plan") names an unknown plan: its point is no loaded plan's point.
/// </summary>
internal static partial class MentionedPlan
{
    /// <summary>What the sentence says of its plan.</summary>
    public enum Naming
    {
        /// <summary>The sentence names no plan; the plan size of its paragraph or file decides.</summary>
        None,
        /// <summary>The sentence names a loaded plan.</summary>
        Known,
        /// <summary>The sentence names a plan that is not loaded.</summary>
        Unknown,
    }

    // Words that say nothing of which plan it is: "the new draft plan", "the revised peace framework".
    private static readonly HashSet<string> Plain = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "its", "their", "his", "her", "new", "latest", "revised", "original", "draft", "peace",
        "proposed", "current", "initial", "final", "full", "updated", "amended", "earlier", "first", "second", "leaked", "so-called",
        "same", "whole", "entire", "overall", "broader", "wider", "plan", "point", "points",
    };

    public static (Naming Naming, PlanInfo? Plan) In(string sentence, IReadOnlyList<PlanInfo> plans)
    {
        // The id or the full name anywhere in the sentence.
        foreach (var p in plans)
            if (Contains(sentence, p.Id) || Contains(sentence, p.Name) || p.Aliases.Any(a => Contains(sentence, a))) return (Naming.Known, p);

        var named = false;
        foreach (Match m in PlanPhrase().Matches(sentence))
        {
            var words = m.Groups["mods"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Plain.Contains(w)).ToList();
            var naming = words.Where(IsNaming).ToList();
            if (naming.Count == 0) continue;
            named = true;
            var match = plans.FirstOrDefault(p => naming.All(w => Names(p, w)));
            if (match is not null) return (Naming.Known, match);
        }
        return named ? (Naming.Unknown, null) : (Naming.None, null);
    }

    // A size ("20-point") or a capitalised word ("European", "US"); a possessive ("Trump's") names a person, not a plan.
    private static bool IsNaming(string word) =>
        Size(word) is not null || (char.IsUpper(word[0]) && !word.EndsWith("'s", StringComparison.Ordinal) && !word.EndsWith("’s", StringComparison.Ordinal));

    private static bool Names(PlanInfo plan, string word)
    {
        if (Size(word) is { } n) return plan.PointCount == n;
        var lower = word.ToLowerInvariant();
        return Words(plan.Id).Concat(Words(plan.Name)).Concat(Words(plan.Title)).Contains(lower);
    }

    private static int? Size(string word)
    {
        var m = SizeWord().Match(word);
        return m.Success ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) : null;
    }

    private static IEnumerable<string> Words(string text) =>
        text.ToLowerInvariant().Split([' ', '-', '–', ',', '(', ')', ':', '.'], StringSplitOptions.RemoveEmptyEntries);

    private static bool Contains(string sentence, string phrase) =>
        phrase.Length > 0 && Regex.IsMatch(sentence, $@"(?<![\w-]){Regex.Escape(phrase)}(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\b(?:the|a|an|its|this|that)\s+(?<mods>(?:[\p{L}\d][\p{L}\d'’‑-]*\s+){1,3}?)(?:peace\s+)?(?:plan|proposal|framework|blueprint|memorandum|charter)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlanPhrase();

    [GeneratedRegex(@"^(?<n>\d{1,3})[-‑–]points?$", RegexOptions.CultureInvariant)]
    private static partial Regex SizeWord();
}
