using PeaceBot.Core.Extraction.Vocabulary;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>Word classes that tell a person's name from the titles, institutions and function words around it.</summary>
internal static class SpeakerWords
{
    // Titles and roles written before a name ("Army Secretary Dan Driscoll"): the name is what follows the last one.
    public static readonly HashSet<string> Titles = WordLists.Set("speaker-titles");

    // Words that make a capitalised run an institution or place, not a person ("Crisis Group", "White House").
    public static readonly HashSet<string> Institutions = WordLists.Set("institutions");

    // Lower-case words inside names ("Ursula von der Leyen").
    public static readonly HashSet<string> Particles = WordLists.Set("name-particles");

    public static readonly HashSet<string> PersonalPronouns = WordLists.Set("personal-pronouns");

    public static readonly HashSet<string> OtherPronouns = WordLists.Set("other-pronouns");

    // Words between a speaker and the verb that are neither: "Trump later said", "she has said".
    public static readonly HashSet<string> Adverbs = WordLists.Set("speaker-adverbs");

    // Words that start a clause: a role phrase read backwards stops before them.
    public static readonly HashSet<string> ClauseWords = WordLists.Set("clause-words");

    public static readonly HashSet<string> Determiners = WordLists.Set("determiners");

    // Capitalised only because they start a sentence: never part of a name.
    public static readonly HashSet<string> SentenceOpeners = WordLists.Set("sentence-openers");

    public static bool IsPossessive(string word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("s'", StringComparison.Ordinal) || word.EndsWith("s’", StringComparison.Ordinal);

    public static bool IsCapitalized(string word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>"al-Sisi": a lower-case prefix with a capital after the hyphen.</summary>
    public static bool IsNameLike(string word) =>
        IsCapitalized(word) || (word.IndexOf('-') is > 0 and var h && h + 1 < word.Length && char.IsUpper(word[h + 1]));

    public static string Bare(string word) => word.TrimEnd('.');

    public static bool IsTitle(string word) => Titles.Contains(Bare(word)) || Titles.Contains(word);

    public static bool IsInstitution(string word)
    {
        if (Institutions.Contains(word)) return true;
        var h = word.LastIndexOf('-');
        return h > 0 && Institutions.Contains(word[(h + 1)..]);
    }
}
