using System.Text.RegularExpressions;
using PeaceBot.Core.Knowledge;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>
/// Cleans a subject phrase into a speaker: the person's name without titles ("US Army Secretary Dan Driscoll" →
/// "Dan Driscoll"), or the role itself when no name is given ("Germany's chancellor", "a NATO diplomat").
/// </summary>
internal static partial class SpeakerNames
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "President", "Vice", "Prime", "Minister", "Foreign", "Defense", "Defence", "Secretary", "State", "Army", "Navy",
        "Chancellor", "Senator", "Sen.", "Rep.", "Representative", "Gen.", "General", "Lt.", "Col.", "Colonel", "Admiral",
        "Adm.", "Dr.", "Mr.", "Mrs.", "Ms.", "Sir", "Lord", "Ambassador", "Envoy", "Special", "Spokesman", "Spokeswoman",
        "Spokesperson", "Press", "Secretary-General", "Commissioner", "Commander", "Chief", "Director", "Deputy", "Speaker",
        "Advisor", "Adviser", "Aide", "Kremlin", "White", "House", "Pope", "King", "Queen", "Premier", "Mayor", "Governor",
        "Former", "Then", "US", "U.S.", "USA", "UK", "EU", "NATO", "Russian", "Ukrainian", "American", "German", "French",
        "British", "European", "Polish", "Turkish", "Chinese", "Security", "Council", "National", "High", "Representative",
        "Executive", "CEO", "Head", "Leader", "MP", "Senior", "Top", "Trade", "Finance", "Economy", "Interior", "Justice",
    };

    private static readonly string[] RoleNouns =
    [
        "diplomat", "diplomats", "official", "officials", "analyst", "analysts", "chancellor", "minister", "spokesman", "spokeswoman",
        "spokesperson", "president", "secretary", "adviser", "advisor", "aide", "envoy", "team", "source", "sources", "expert",
        "experts", "senator", "ambassador", "general", "commander", "leader", "leaders", "negotiator", "negotiators", "observer",
        "observers", "lawmaker", "lawmakers", "mp", "premier", "representative", "statement", "kremlin", "ministry", "government",
        "insider", "insiders", "economist", "historian", "scholar", "professor", "researcher", "journalist", "correspondent",
        "commentator", "politician", "member", "head", "chief", "director", "officer", "delegate", "delegation", "pundit", "pundits",
    ];

    [GeneratedRegex(@"(?:^|[\s(])(?<name>(?:(?:[A-Z][\p{L}’'.\-]*|de|da|von|van|der|al|bin|le|la)\s+){0,5}[A-Z][\p{L}’'\-]*[\p{L}])\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingName();

    private static readonly Regex TrailingRole = new(
        @"(?<role>(?:(?:a|an|the|one|another|two|three|several|some)\s+)?(?:[\p{L}’'\-]+(?:’s|'s)?\s+){0,4}(?:" + string.Join('|', RoleNouns) + @"))\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>The speaker a subject phrase ends with (text just before the verb), or null when it names nobody.</summary>
    public static string? FromSubject(string phrase, NameBook names)
    {
        phrase = phrase.TrimEnd(' ', ',', '—', '–', '-');
        if (phrase.Length == 0) return null;
        var name = TrailingName().Match(phrase);
        if (name.Success && Person(name.Groups["name"].Value, names) is { } person) return person;
        var role = TrailingRole.Match(phrase);
        if (role.Success) return Role(role.Groups["role"].Value);
        return null;
    }

    /// <summary>A speaker phrase that follows its verb ("said a NATO diplomat", "says Linas Kojala, CEO of …").</summary>
    public static string? FromObject(string phrase, NameBook names)
    {
        var cut = phrase.IndexOfAny([',', '.', ';', ':', '(', '“', '"', '—']);
        if (cut >= 0) phrase = phrase[..cut];
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var stop = words.FindIndex(w => w is "in" or "on" or "at" or "to" or "during" or "after" or "before" or "who" or "when" or "while" or "as" or "and" or "told" or "tells" or "with" or "from");
        if (stop >= 0) words = words[..stop];
        if (words.Count is 0 or > 8) return null;
        return FromSubject(string.Join(' ', words), names);
    }

    /// <summary>The person a capitalised run names: titles dropped, then resolved to a full name where one is known.</summary>
    internal static string? Person(string run, NameBook names)
    {
        var tokens = run.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // Keep the name after any possessive ("Putin’s advisor Yuri Ushakov" reaches here as "Yuri Ushakov").
        var start = 0;
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            if (Titles.Contains(tokens[i].TrimEnd(',')) || tokens[i].EndsWith("’s", StringComparison.Ordinal) || tokens[i].EndsWith("'s", StringComparison.Ordinal))
            {
                start = i + 1;
                break;
            }
        }
        var kept = tokens.Skip(start).SkipWhile(IsPronounOrFunctionWord).ToList();
        if (kept.Count == 0) return null;
        var candidate = string.Join(' ', kept);
        if (kept.Count == 1 && IsPronounOrFunctionWord(candidate)) return null;
        return names.Resolve(candidate);
    }

    internal static bool IsTitle(string token) => Titles.Contains(token.TrimEnd(','));

    internal static bool IsPronounOrFunctionWord(string w) =>
        w is "He" or "She" or "They" or "It" or "We" or "I" or "You" or "This" or "That" or "These" or "Those" or "There" or "But"
            or "And" or "As" or "When" or "While" or "After" or "Before" or "However" or "Meanwhile" or "Still" or "Yet" or "So"
            or "Then" or "Now" or "In" or "On" or "At" or "For" or "The" or "A" or "An" or "Who" or "What" or "Why" or "How"
            or "Will" or "Can" or "Could" or "Would" or "Should" or "Does" or "Did" or "Is" or "Are" or "Was" or "Were" or "Has"
            or "Have" or "Had" or "May" or "Might" or "Must" or "If" or "Though" or "Although" or "Because" or "Since" or "Despite"
            or "During" or "With" or "Without" or "From" or "By" or "To" or "Of" or "Under" or "Over" or "Amid" or "Thanks"
            or "According" or "Both" or "Even" or "Only" or "Also" or "Not" or "No" or "Many" or "Most" or "Some" or "Several"
            or "Other" or "Others" or "Another" or "Each" or "Every" or "All" or "Any" or "Such" or "Its" or "Their" or "His"
            or "Her" or "Our" or "My" or "Your" or "Plus" or "Therefore" or "Moreover" or "Indeed" or "Unlike" or "Like";

    private static string Role(string role)
    {
        var text = string.Join(' ', role.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (text.StartsWith("The ", StringComparison.Ordinal)) text = "the " + text[4..];
        return text;
    }
}
