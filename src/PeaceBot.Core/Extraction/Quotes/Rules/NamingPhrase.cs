using PeaceBot.Core.Extraction.Vocabulary;
namespace PeaceBot.Core.Extraction.Quotes.Rules;

/// <summary>
/// "the so-called “coalition of the willing”", "a deal dubbed “the grain-for-peace swap”", "the term “frozen
/// conflict”": words in quotation marks right after a naming phrase are a name or a scare quote, never someone's
/// words, even when the sentence ends with an attribution ("…, Downing Street said.") that covers the rest of it.
/// Checked before every attribution rule: such a quote is kept with no speaker.
/// </summary>
internal static class NamingPhrase
{
    private static readonly string[][] Cues = WordLists.Lines("naming-phrases").Select(l => l.Split(' ')).ToArray();

    public static bool Precedes(QuoteSite site)
    {
        var toks = Tokenizer.Tokenize(site.Text, site.BeforeFrom, site.Span.Outer.Start);
        foreach (var cue in Cues)
            if (EndsWith(site.Text, toks, cue)) return true;
        return false;
    }

    private static bool EndsWith(string text, List<Token> toks, string[] cue)
    {
        if (toks.Count < cue.Length) return false;
        for (var k = 0; k < cue.Length; k++)
        {
            var t = toks[toks.Count - cue.Length + k];
            if (!t.IsWord || !t.Text(text).Equals(cue[k], StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }
}
