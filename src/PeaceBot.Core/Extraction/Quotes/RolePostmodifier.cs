using PeaceBot.Core.Extraction.Vocabulary;
namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>
/// "a Ukrainian official familiar with the Florida meeting", "a diplomat close to the talks", "an official in Geneva":
/// a role noun followed by words that say how the person knows, not who they are. The speaker is the role noun's
/// phrase ("a Ukrainian official"); the postmodifier is left out of the name shown.
/// </summary>
internal static class RolePostmodifier
{
    private const int MaxPostmodifierWords = 8;

    private static readonly string[][] Openers = WordLists.Lines("role-postmodifiers").Select(l => l.Split(' ')).ToArray();

    /// <summary>
    /// When tokens up to <paramref name="last"/> end in role + postmodifier: the role noun's index and the last token
    /// of the role shown — the role noun ("a Ukrainian official | familiar with the talks"), or <paramref name="last"/>
    /// when the postmodifier names the organisation the person belongs to ("an official in the port authority").
    /// </summary>
    public static (int Head, int End)? HeadBefore(string text, IReadOnlyList<Token> toks, int last, int floor)
    {
        for (var h = last - 1; h >= floor && last - h <= MaxPostmodifierWords; h--)
        {
            if (!toks[h].IsWord) return null;
            if (!Rules.SpeakerHeads.IsPerson(toks[h].Text(text))) continue;
            foreach (var opener in Openers)
                if (Matches(text, toks, h + 1, last, opener))
                    return (h, Rules.SpeakerHeads.IsOrganisation(toks[last].Text(text)) && char.IsLower(text[toks[last].Start]) ? last : h);
            return null;
        }
        return null;
    }

    private static bool Matches(string text, IReadOnlyList<Token> toks, int at, int last, string[] opener)
    {
        // The opener must be followed by at least one word: "familiar with the talks", not a bare "familiar with".
        if (at + opener.Length > last) return false;
        for (var k = 0; k < opener.Length; k++)
            if (!toks[at + k].IsWord || !toks[at + k].Text(text).Equals(opener[k], StringComparison.OrdinalIgnoreCase)) return false;
        for (var k = at + opener.Length; k <= last; k++)
            if (!toks[k].IsWord) return false;
        return true;
    }

    /// <summary>"familiar", "close", "involved": a word that opens a postmodifier of more than one word.</summary>
    public static bool StartsPostmodifier(string word) =>
        Array.Exists(Openers, o => o.Length > 1 && o[0].Equals(word, StringComparison.OrdinalIgnoreCase));
}
