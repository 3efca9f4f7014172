using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>
/// A definite role standing for a person the reporter has just named: "Donald Trump has weighed in. In a post, the US
/// president wrote: “…”", "“…,” Sikorski told journalists.¶“…,” the Polish minister added." The antecedent is the one
/// person the sentence before names (outside quotation marks), in the same paragraph or closing the one before, and
/// only if nothing they were introduced with contradicts the role ("Foreign Minister X" is not "the president").
/// Two people in that sentence, or none, and the role stays as written: a guess would be a wrong name.
/// </summary>
internal static class RoleAntecedent
{
    private const int MaxRoleWords = 4;

    // Roles only a person holds; "the official", "the diplomat", "the source" often stand for someone never named.
    private static readonly HashSet<string> PersonRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "minister", "chancellor", "secretary", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser",
        "advisor", "envoy", "negotiator", "ambassador", "premier", "leader", "commander", "mayor", "governor",
    };

    // Titles that name the same office: introduced as "adviser", later "the aide".
    private static readonly string[][] SameOffice =
    [
        ["spokesman", "spokeswoman", "spokesperson"],
        ["aide", "adviser", "advisor"],
        ["premier", "minister"],
    ];

    /// <summary>
    /// "the president", "the Polish minister": a definite role for an office one person holds. Left unresolved it is
    /// a person the answer cannot name, so the quote abstains rather than show a role that reads like a wrong name.
    /// </summary>
    public static bool NamesAnOffice(string role)
    {
        var words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= MaxRoleWords && words[0].Equals("the", StringComparison.OrdinalIgnoreCase)
            && PersonRoles.Contains(words[^1]) && !words.Any(w => w.Equals("of", StringComparison.OrdinalIgnoreCase));
    }

    public static string? Find(SegmentedText doc, NameRegistry names, SpeakerMention role)
    {
        var words = role.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Length > MaxRoleWords || !words[0].Equals("the", StringComparison.OrdinalIgnoreCase)) return null;
        var head = words[^1];
        if (!PersonRoles.Contains(head) || words.Any(w => w.Equals("of", StringComparison.OrdinalIgnoreCase))) return null;
        if (doc.SentenceAt(role.Start) is not { Index: > 0 } sentence) return null;
        var before = doc.Sentences[sentence.Index - 1];
        // Same paragraph, or the sentence closing the paragraph right before this one (which this one must open).
        if (before.Paragraph != sentence.Paragraph
            && (before.Paragraph != sentence.Paragraph - 1 || doc.Paragraphs[sentence.Paragraph].FirstSentence != sentence.Index))
            return null;
        // Several people named: "the prime minister" alone (no nationality to check) is whoever opens that sentence.
        var person = names.OnlyPersonIn(before.Index)
            ?? (before.Paragraph == sentence.Paragraph && words.Length - 1 == (words[^2].Equals("prime", StringComparison.OrdinalIgnoreCase) ? 2 : 1)
                ? names.OpenerOf(before.Index) : null);
        if (person is null) return null;
        var titles = names.TitlesOf(person);
        return titles.Count == 0 || titles.Any(t => SameRole(t, head)) ? person : null;
    }

    private static bool SameRole(string title, string head) =>
        title.Equals(head, StringComparison.OrdinalIgnoreCase)
        || SameOffice.Any(o => o.Contains(title.ToLowerInvariant()) && o.Contains(head.ToLowerInvariant()));
}
