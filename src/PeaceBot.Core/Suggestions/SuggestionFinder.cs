using System.Globalization;
using PeaceBot.Core.Engine;
using PeaceBot.Core.Search;

namespace PeaceBot.Core.Suggestions;

/// <summary>Autocomplete choices read from the serving snapshot. Labels are cut to what chat platforms accept.</summary>
internal sealed class SuggestionFinder
{
    public const int MaxLabel = 100;
    private readonly KnowledgeService _knowledge;

    public SuggestionFinder(KnowledgeService knowledge) => _knowledge = knowledge;

    public IReadOnlyList<Suggestion> Plans(string typed, int max)
    {
        using var lease = _knowledge.Acquire();
        if (lease.Snapshot is not { } s) return [];
        var plans = string.IsNullOrWhiteSpace(typed) ? s.Plans : Handlers.PlanResolver.Complete(s.Plans, typed);
        return plans.Take(Math.Max(0, max)).Select(p => new Suggestion(Cut($"{p.Name} ({p.Id})"), p.Id)).ToList();
    }

    public IReadOnlyList<Suggestion> Months(string typed, int max)
    {
        using var lease = _knowledge.Acquire();
        if (lease.Snapshot is not { } s) return [];
        var want = (typed ?? "").Trim().ToLowerInvariant();
        return s.Months
            .Select(m => (Value: m, Label: Label(m)))
            .Where(m => want.Length == 0 || m.Label.Contains(want, StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith(want, StringComparison.Ordinal))
            .Take(Math.Max(0, max))
            .Select(m => new Suggestion(m.Label, m.Value))
            .ToList();
    }

    public IReadOnlyList<Suggestion> Quotes(string typed, int max)
    {
        using var lease = _knowledge.Acquire();
        if (lease.Snapshot is not { } s || string.IsNullOrWhiteSpace(typed) || max <= 0) return [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<Suggestion>();
        foreach (var snippet in QuoteCompletion.Snippets(s, typed, max * 2))
        {
            var label = Cut(snippet);
            if (seen.Add(label)) result.Add(new Suggestion(label, label.TrimEnd('…')));
            if (result.Count == max) break;
        }
        return result;
    }

    public IReadOnlyList<Suggestion> Speakers(string typed, int max)
    {
        using var lease = _knowledge.Acquire();
        if (lease.Snapshot is not { } s || max <= 0) return [];
        var want = (typed ?? "").Trim();
        // Articles spell a person differently ("Sergei Lavrov", "Sergey Lavrov"): offer each person once, by the
        // aliases file's name, which /quotes resolves to every spelling.
        return SpeakerSearch.Known(s)
            .Where(k => want.Length == 0 || s.Aliases.SpellingsOf(k).Prepend(k).Any(n => n.Contains(want, StringComparison.OrdinalIgnoreCase)))
            .Select(s.Aliases.Canonicalize)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(max)
            .Select(k => new Suggestion(Cut(k), Cut(k).TrimEnd('…')))
            .ToList();
    }

    private static string Label(string month) =>
        DateTime.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("MMMM yyyy", CultureInfo.InvariantCulture)
            : month;

    private static string Cut(string text)
    {
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= MaxLabel ? text : text[..(MaxLabel - 1)].TrimEnd() + "…";
    }
}
