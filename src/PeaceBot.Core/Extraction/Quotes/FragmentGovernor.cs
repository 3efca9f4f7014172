using static PeaceBot.Core.Extraction.Quotes.Rules.TokenPattern;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>
/// Two quoted words are usually a title or a scare quote ("the “blue lane”"), but after a verb that hands them to a
/// speaker they are a quotation: "she called it “a joke”", "described the offer as “pure theatre”", "said the talks
/// were “very useful.”" The fragment must close its clause: "said the so-called “peace plan” was dead" is a scare quote.
/// Such a fragment is kept only when an attribution rule then finds its speaker (<see cref="QuotedSpan.Short"/>).
/// </summary>
internal static class FragmentGovernor
{
    private const int MaxObjectWords = 4;
    private const int MaxClauseWords = 10;

    private static readonly string[] NamingVerbs = ["called", "calls", "calling", "dubbed", "termed", "branded", "labelled", "labeled"];

    private static readonly string[] AsVerbs = ["described", "describes", "describing", "characterized", "characterised", "dismissed", "dismisses", "dismissing", "branded", "hailed", "denounced", "labelled", "labeled"];

    private static readonly string[] Copulas = ["was", "were", "is", "are", "be", "been", "remained", "remains", "seemed", "sounded", "looked", "felt"];

    private static readonly string[] ObjectPronouns = ["it", "this", "that", "them", "him", "her"];

    private static readonly string[] ScareMarkers = ["so-called", "so", "dubbed", "named", "titled", "entitled", "known", "the", "a", "an", "its", "their", "his", "her", "our"];

    /// <param name="paragraphStart">Where the paragraph starts: the clause is never read before it.</param>
    public static bool Governs(string text, int paragraphStart, int outerStart, int outerEnd, int paragraphEnd)
    {
        var from = ClauseStart(text, paragraphStart, outerStart);
        var toks = Tokenizer.Tokenize(text, from, outerStart);
        var n = toks.Count;
        if (n == 0 || !toks[n - 1].IsWord || WordIs(text, toks, n - 1, ScareMarkers)) return false;
        var predicative = WordIs(text, toks, n - 1, Copulas);
        if (!ClosesClause(text, outerStart, outerEnd, paragraphEnd) && !(predicative && FollowedByPreposition(text, outerEnd, paragraphEnd))) return false;
        // "called it “a joke”", "called the offer “pure theatre”".
        for (var v = n - 2; v >= 0 && n - v - 1 <= MaxObjectWords; v--)
        {
            if (!toks[v].IsWord) break;
            if (!WordIs(text, toks, v, NamingVerbs)) continue;
            var first = toks[v + 1].Text(text);
            return n - v - 1 == 1 ? WordIs(text, toks, v + 1, ObjectPronouns) : SpeakerWords.Determiners.Contains(first) || SpeakerWords.IsPossessive(first);
        }
        // "described the offer as “pure theatre”", "which he described as “…”".
        if (WordIs(text, toks, n - 1, "as"))
            for (var v = n - 2; v >= 0 && n - v - 2 <= MaxObjectWords; v--)
                if (WordIs(text, toks, v, AsVerbs)) return OnlyWords(toks, v, n);
        // "said the talks were “very useful.”": a reporting verb, then the clause the fragment ends.
        for (var v = n - 2; v >= 0 && n - v - 1 <= MaxClauseWords; v--)
        {
            if (!toks[v].IsWord) return false;
            if (SpeechVerbs.IsReporting(toks[v].Text(text)) || SpeechVerbs.IsParticiple(toks[v].Text(text))) return predicative || WordIs(text, toks, n - 1, "as", "called", "contained", "contains", "included", "includes");
        }
        return false;
    }

    // The fragment ends its clause: a comma, period or the end of the paragraph follows (or ends its words), or a
    // conjunction opens the next clause ("contained “important elements” but that …").
    private static bool ClosesClause(string text, int outerStart, int outerEnd, int paragraphEnd)
    {
        var inner = outerEnd - 2;
        if (inner > outerStart && text[inner] is '.' or ',' or '!' or '?') return true;
        var at = outerEnd;
        if (at >= paragraphEnd || text[at] is '.' or ',' or ';' or '!' or '?' or ')') return true;
        var next = Tokenizer.Tokenize(text, at, Math.Min(paragraphEnd, at + 12));
        return next.Count > 0 && next[0].IsWord && WordIs(text, next, 0, "but", "and");
    }

    // "the president was “very pleased” with the progress": a predicative fragment after a copula may take a
    // preposition phrase after it.
    private static bool FollowedByPreposition(string text, int outerEnd, int paragraphEnd)
    {
        var next = Tokenizer.Tokenize(text, outerEnd, Math.Min(paragraphEnd, outerEnd + 12));
        return next.Count > 0 && next[0].IsWord && WordIs(text, next, 0, "with", "about", "by", "at", "over", "for", "to");
    }

    private static int ClauseStart(string text, int paragraphStart, int outerStart)
    {
        for (var i = outerStart - 1; i > paragraphStart; i--)
            if (text[i] is '.' or '!' or '?' or ';' or ':' or '“' or '”' or '"' or '«' or '»') return i + 1;
        return paragraphStart;
    }
}
