using PeaceBot.Core.Extraction.Vocabulary;

namespace PeaceBot.Core.Extraction.Quotes.Rules;

/// <summary>
/// The head nouns that let a role phrase speak: people by their role ("a member of the delegation"), organisations
/// ("the Defence Ministry") and written statements ("a joint statement"). A phrase ending in anything else ("a song",
/// "the plan", "the war", "Geneva") is no speaker, so a rule that reads a role abstains on it.
/// </summary>
internal static class SpeakerHeads
{
    private static readonly HashSet<string> People = WordLists.Set("person-heads");

    private static readonly HashSet<string> Organisations = WordLists.Set("organisation-heads");

    private static readonly HashSet<string> Statements = WordLists.Set("statement-heads");

    public static bool IsPerson(string word) => People.Contains(word);

    public static bool IsOrganisation(string word) => Organisations.Contains(word);

    public static bool IsStatement(string word) => Statements.Contains(word);

    /// <summary>A person, organisation or statement noun: something whose words can be quoted.</summary>
    public static bool Speaks(string word) => IsPerson(word) || IsOrganisation(word) || IsStatement(word);

    /// <summary>The mention can be a speaker: a name or pronoun, or a role whose head noun <see cref="Speaks"/>.</summary>
    public static bool CanSpeak(SpeakerMention? mention) => mention switch
    {
        null => false,
        { Kind: SpeakerMentionKind.Role } => Speaks(HeadOf(mention.Text)),
        _ => true,
    };

    /// <summary>The head of a role phrase: its last word, or the word before "of"/"in"/"from" ("a member of the delegation" → member).</summary>
    public static string HeadOf(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 1; k < words.Length; k++)
            if (words[k] is "of" or "in" or "from" or "at" or "for") return words[k - 1];
        return words.Length == 0 ? "" : words[^1];
    }
}
