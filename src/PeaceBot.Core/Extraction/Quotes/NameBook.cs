using System.Text.RegularExpressions;
using PeaceBot.Core.Knowledge;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>
/// The people a document names: full names as first introduced ("Oleg Ignatov, senior analyst at …"), so a later
/// surname ("Ignatov says") or pronoun ("he said") resolves to them; canonical spellings come from the aliases.
/// </summary>
internal sealed partial class NameBook
{
    private readonly AliasTable _aliases;
    private readonly Dictionary<string, string> _fullBySurname = new(StringComparer.Ordinal);
    private readonly List<(int Offset, string Person)> _mentions = [];

    [GeneratedRegex(@"(?<![\p{L}])[A-Z][\p{L}’'\-]*\p{L}(?:\s+(?:(?:de|da|von|van|der|al|bin)\s+)?[A-Z][\p{L}’'\-]*\p{L}){0,4}", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalRun();

    public NameBook(string text, IReadOnlyList<QuotedSpan> quotes, AliasTable aliases)
    {
        _aliases = aliases;
        var inQuote = new bool[text.Length];
        foreach (var q in quotes)
            for (var i = q.Inner.Start; i < q.Inner.End; i++) inQuote[i] = true;

        foreach (Match m in CapitalRun().Matches(text))
        {
            if (inQuote[m.Index]) continue;
            var tokens = m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            var start = tokens.FindLastIndex(t => SpeakerNames.IsTitle(t) || t.EndsWith("’s", StringComparison.Ordinal) || t.EndsWith("'s", StringComparison.Ordinal)) + 1;
            var kept = tokens.Skip(start).SkipWhile(SpeakerNames.IsPronounOrFunctionWord).ToList();
            if (kept.Count == 0) continue;
            var run = string.Join(' ', kept);
            if (kept.Count >= 2 && _aliases.CanonicalOf(run) is null)
                _fullBySurname.TryAdd(kept[^1], run);
            if (PersonOf(run) is { } person) _mentions.Add((m.Index, person));
        }
    }

    /// <summary>The canonical name for a spelling, a surname's full name, or the spelling itself.</summary>
    public string Resolve(string name)
    {
        if (_aliases.CanonicalOf(name) is { } canonical) return canonical;
        if (!name.Contains(' ') && _fullBySurname.TryGetValue(name, out var full)) return _aliases.Canonicalize(full);
        return name;
    }

    /// <summary>The last person named before <paramref name="offset"/>, for "he said".</summary>
    public string? LastPersonBefore(int offset)
    {
        for (var i = _mentions.Count - 1; i >= 0; i--)
            if (_mentions[i].Offset < offset) return _mentions[i].Person;
        return null;
    }

    public void NoteSpeaker(int offset, string speaker)
    {
        var at = _mentions.FindLastIndex(m => m.Offset <= offset) + 1;
        _mentions.Insert(at, (offset, speaker));
    }

    // Someone we know is a person: an alias entity with a personal name, a full name introduced in the text, or its surname.
    private string? PersonOf(string run)
    {
        if (_aliases.CanonicalOf(run) is { } canonical) return canonical.Contains(' ') ? canonical : null;
        if (run.Contains(' ')) return LooksLikePerson(run) ? run : null;
        return _fullBySurname.TryGetValue(run, out var full) ? _aliases.Canonicalize(full) : null;
    }

    private static readonly HashSet<string> NotPersonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Social", "Times", "Post", "Group", "Council", "Union", "House", "Office", "News", "Media", "Street", "Journal", "Party",
        "University", "Institute", "Centre", "Center", "Forum", "Agency", "Bank", "Fund", "Summit", "Treaty", "Plan", "Army",
        "Forces", "Republic", "Federation", "States", "Kingdom", "Nations", "Sea", "River", "Region", "Oblast", "City", "World",
        "Ministry", "Department", "Foundation", "Committee", "Commission", "Parliament", "Congress", "Senate", "Court", "Network",
        "Agreement", "Accords", "Memorandum", "Guard", "Force", "Command", "Company", "Corporation", "Inc", "Ltd", "Airport",
        "Square", "Palace", "Hall", "Island", "Islands", "Peninsula", "Coast", "Gulf", "Bay", "Strait", "Mountains", "Valley",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December", "East", "West", "North", "South",
    };

    // Two or three words, none naming a place, body or date: "Oleg Ignatov", not "Truth Social" or "New York Times".
    private static bool LooksLikePerson(string run)
    {
        var tokens = run.Split(' ');
        return tokens.Length is 2 or 3 && !tokens.Any(NotPersonWords.Contains);
    }
}
