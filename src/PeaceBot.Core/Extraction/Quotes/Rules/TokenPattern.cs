namespace PeaceBot.Core.Extraction.Quotes.Rules;

/// <summary>
/// The small token tests the attribution rules share, so a rule reads as a pattern ("according" "to" "whom") rather
/// than index arithmetic: every test is safe outside the token list and compares words case-insensitively.
/// </summary>
internal static class TokenPattern
{
    /// <summary>Token <paramref name="i"/> is a word and one of <paramref name="words"/>.</summary>
    public static bool WordIs(string text, IReadOnlyList<Token> toks, int i, params string[] words)
    {
        if (i < 0 || i >= toks.Count || !toks[i].IsWord) return false;
        var w = toks[i].Text(text);
        foreach (var candidate in words)
            if (w.Equals(candidate, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Token <paramref name="i"/> is a word in <paramref name="set"/>.</summary>
    public static bool WordIn(string text, IReadOnlyList<Token> toks, int i, IReadOnlySet<string> set) =>
        i >= 0 && i < toks.Count && toks[i].IsWord && set.Contains(toks[i].Text(text));

    /// <summary>Token <paramref name="i"/> is the punctuation mark <paramref name="mark"/>.</summary>
    public static bool MarkIs(string text, IReadOnlyList<Token> toks, int i, char mark) =>
        i >= 0 && i < toks.Count && !toks[i].IsWord && text[toks[i].Start] == mark;

    /// <summary>The words of tokens [from, to) match <paramref name="words"/> in order ("according", "to", "whom").</summary>
    public static bool Sequence(string text, IReadOnlyList<Token> toks, int from, params string[] words)
    {
        for (var k = 0; k < words.Length; k++)
            if (!WordIs(text, toks, from + k, words[k])) return false;
        return true;
    }

    /// <summary>A sentence end, a colon or semicolon, or a quotation mark among tokens [from, to): the clause is broken.</summary>
    public static bool BreaksClause(string text, IReadOnlyList<Token> toks, int from, int to)
    {
        for (var k = Math.Max(0, from); k < Math.Min(to, toks.Count); k++)
            if (!toks[k].IsWord && text[toks[k].Start] is '.' or '!' or '?' or ';' or ':' or '“' or '”' or '"' or '«' or '»')
                return true;
        return false;
    }

    /// <summary>Words only (hyphens and apostrophes inside them are already part of the word) among tokens [from, to).</summary>
    public static bool OnlyWords(IReadOnlyList<Token> toks, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (k < 0 || k >= toks.Count || !toks[k].IsWord) return false;
        return true;
    }

    /// <summary>The index of the first token at or after <paramref name="from"/> that is a word starting with a letter, or toks.Count.</summary>
    public static int FirstLetterWord(string text, IReadOnlyList<Token> toks, int from = 0)
    {
        var k = Math.Max(0, from);
        while (k < toks.Count && !(toks[k].IsWord && char.IsLetter(text[toks[k].Start]))) k++;
        return k;
    }

    /// <summary>The phrase of tokens [from, last] as written.</summary>
    public static string Phrase(string text, IReadOnlyList<Token> toks, int from, int last) =>
        text.Substring(toks[from].Start, toks[last].End - toks[from].Start);

    /// <summary>The quote's words end in a comma, question or exclamation mark or dash: the sentence carries on after the closing mark.</summary>
    public static bool InnerEndsOpen(QuoteSite site) =>
        site.Span.Inner.Length > 0 && site.Text[site.Span.Inner.End - 1] is ',' or '?' or '!' or '—' or '–' or '-';
}
