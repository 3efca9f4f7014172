using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>Splits a slice of text into words (with inner apostrophes, hyphens and abbreviation periods: "U.S.", "Putin’s") and punctuation.</summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, int from, int to)
    {
        from = Math.Clamp(from, 0, text.Length);
        to = Math.Clamp(to, from, text.Length);
        var tokens = new List<Token>();
        var i = from;
        while (i < to)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (!char.IsLetterOrDigit(c))
            {
                tokens.Add(new Token(i, i + 1, false));
                i++;
                continue;
            }
            var s = i;
            while (i < to)
            {
                var d = text[i];
                if (char.IsLetterOrDigit(d)) { i++; continue; }
                if (d is '\'' or '’' or '-' or '‑' && i + 1 < to && char.IsLetterOrDigit(text[i + 1])) { i++; continue; }
                // Keep the period of an initial or acronym ("J.D.", "U.S.") with its word, not a sentence-final one.
                if (d == '.' && i - s <= 4 && char.IsUpper(text[s]) && Abbreviations.IsAbbreviation(text.AsSpan(s, i - s))) { i++; continue; }
                // Lower-case dotted abbreviations ("a.m.", "p.m.", "e.g."): a period between single letters, and the one closing them.
                if (d == '.' && i - s == 1 && i + 2 < to && char.IsLetter(text[i + 1]) && text[i + 2] == '.') { i++; continue; }
                if (d == '.' && i - s == 3 && text[s + 1] == '.' && Abbreviations.IsAbbreviation(text.AsSpan(s, i - s))) { i++; continue; }
                break;
            }
            tokens.Add(new Token(s, i, true));
        }
        return tokens;
    }
}
