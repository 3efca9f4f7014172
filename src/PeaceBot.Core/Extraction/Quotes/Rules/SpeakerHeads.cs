namespace PeaceBot.Core.Extraction.Quotes.Rules;

/// <summary>
/// The head nouns that let a role phrase speak: people by their role ("a member of the delegation"), organisations
/// ("the Defence Ministry") and written statements ("a joint statement"). A phrase ending in anything else ("a song",
/// "the plan", "the war", "Geneva") is no speaker, so a rule that reads a role abstains on it.
/// </summary>
internal static class SpeakerHeads
{
    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> People = Set(
        "official", "officials", "diplomat", "diplomats", "spokesman", "spokeswoman", "spokesperson", "minister", "ministers",
        "negotiator", "negotiators", "envoy", "envoys", "member", "members", "source", "sources", "adviser", "advisers",
        "advisor", "advisors", "aide", "aides", "analyst", "analysts", "farmer", "farmers", "resident", "residents", "officer",
        "officers", "commander", "ambassador", "delegate", "delegates", "mediator", "mediators", "observer", "observers",
        "lawmaker", "lawmakers", "deputy", "leader", "leaders", "president", "chief", "head", "director", "secretary",
        "general", "colonel", "worker", "workers", "witness", "soldier", "soldiers", "representative", "representatives",
        "staffer", "insider", "insiders", "expert", "experts", "chairman", "chairwoman", "governor", "mayor", "monitor",
        "monitors", "inspector", "inspectors", "engineer", "driver", "teacher", "baker", "veteran", "activist", "journalist");

    private static readonly HashSet<string> Organisations = Set(
        "ministry", "government", "office", "kremlin", "council", "commission", "committee", "agency", "delegation",
        "delegations", "embassy", "mission", "army", "military", "command", "parliament", "presidency", "secretariat",
        "cabinet", "administration", "party", "union", "alliance", "coalition", "bloc", "court", "authority", "authorities",
        "department", "service", "headquarters", "staff", "guard", "navy", "police", "pentagon", "nato", "un", "eu", "osce");

    private static readonly HashSet<string> Statements = Set(
        "statement", "communique", "communiqué", "declaration", "readout", "report", "memo", "letter", "editorial",
        "resolution", "bulletin", "notice", "note");

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
