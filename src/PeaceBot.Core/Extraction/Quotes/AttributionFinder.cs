using PeaceBot.Core.Extraction.Vocabulary;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>
/// Finds "speaker + speech verb" in the text around a quotation: right after it (", X said" / ", said X, the …"),
/// before it ("X said:" / "X told Reuters that"), at the end of its sentence (", X says."), or a colon introduction
/// ("Trump doubled down:").
/// </summary>
internal static class AttributionFinder
{
    private const int MaxWordsBeforeVerbAfterQuote = 12;
    private const int MaxWordsFromVerbToQuote = 8;
    private const int MaxWordsFromVerbToQuoteAfterThat = 14;
    private const int MaxTrailingWords = 9;
    private const int MaxWordsAfterInvertedSpeaker = 3;
    private const int MaxWordsAfterTrailingVerb = 5;

    /// <summary>", X said" or ", said X" starting the text after a closing quote.</summary>
    public static Attribution? AfterQuote(string text, int from, int to)
    {
        var toks = Tokenizer.Tokenize(text, from, to);
        var p = 0;
        var dashed = false;
        while (p < toks.Count && p < 3 && !toks[p].IsWord && text[toks[p].Start] is ',' or ';' or '—' or '–' or '-' or '’')
        {
            dashed |= text[toks[p].Start] is '—' or '–' or '-';
            p++;
        }
        if (p >= toks.Count || !toks[p].IsWord) return null;
        // "“…,” and critics argued …": a new clause with its own subject, not this quote's attribution.
        if (ClauseJoins.Contains(toks[p].Text(text))) return null;
        // "“…” — Emmanuel Macron, on X": a dash and a name sign the quote.
        if (dashed && SpeakerPhraseReader.ReadAfter(text, toks, p, toks.Count) is { Kind: SpeakerMentionKind.Name } signed)
            return new Attribution(signed, signed.Start, signed.End, signed.End);
        for (var v = p; v < toks.Count && v - p <= MaxWordsBeforeVerbAfterQuote; v++)
        {
            if (!toks[v].IsWord)
            {
                if (text[toks[v].Start] is '.' or '!' or '?' or '“' or '"' or '”' or ':' or ';') return null;
                continue;
            }
            var word = toks[v].Text(text);
            if (!SpeechVerbs.IsSpeech(word)) continue;
            SpeakerMention? speaker;
            if (v == p) speaker = SpeakerAfterVerb(text, toks, v);
            else
            {
                speaker = SpeakerPhraseReader.ReadBefore(text, toks, v, p);
                if (speaker is not null && !OnlyTitlesBefore(text, toks, p, speaker.Start) && !RoleThenComma(text, toks, p, speaker.Start)
                    && !DeterminerPhraseBefore(text, toks, p, speaker)) speaker = null;
            }
            if (speaker is null) return null;
            return new Attribution(speaker, Math.Min(speaker.Start, toks[v].Start), Math.Max(speaker.End, toks[v].End), toks[v].End);
        }
        return null;
    }

    private static readonly HashSet<string> ClauseJoins = WordLists.Set("clause-joins");

    /// <summary>"X said:" / "X told TASS the summit" ending the text before an opening quote.</summary>
    public static Attribution? BeforeQuote(string text, int from, int to)
    {
        var toks = Tokenizer.Tokenize(text, from, to);
        var wordsAfter = 0;
        var thatSeen = false;
        for (var v = toks.Count - 1; v >= 0; v--)
        {
            if (!toks[v].IsWord)
            {
                if (text[toks[v].Start] is '.' or '!' or '?' or '”' or '“' or '"' or ';') break;
                continue;
            }
            var word = toks[v].Text(text);
            // "As one European official put it: “…”".
            var putIt = word.Equals("put", StringComparison.OrdinalIgnoreCase) && v + 1 < toks.Count && toks[v + 1].IsWord
                && toks[v + 1].Text(text).Equals("it", StringComparison.OrdinalIgnoreCase);
            if (SpeechVerbs.IsSpeech(word) || putIt || NamesTheQuote(text, toks, v))
            {
                // "Driscoll was described by a U.S. official as “…”", "Lind was told that …": the subject of a passive
                // is who the words are about or to; the speaker is the "by" agent, or nobody.
                if (PassiveVoice.Before(text, toks, v))
                {
                    var agent = PassiveVoice.Agent(text, toks, v);
                    return agent is null ? null : new Attribution(agent, toks[v].Start, agent.End, toks[v].End);
                }
                var speaker = SpeechVerbs.IsAccording(word)
                    ? SpeakerAfterVerb(text, toks, v)
                    : SpeakerPhraseReader.ReadBefore(text, toks, v, 0) ?? InvertedSpeaker(text, toks, v);
                // "Medinsky said …, adding: “…”": whoever the sentence is about.
                // "…, the ministry said in a statement, adding that “…”": the attribution the participle hangs on.
                if (speaker is null && SpeechVerbs.IsParticiple(word) && v > 0 && !toks[v - 1].IsWord && text[toks[v - 1].Start] == ',')
                {
                    if (Trailing(text, from, toks[v - 1].Start) is { } carried)
                        return carried with { End = toks[v].End, VerbEnd = toks[v].End };
                    speaker = new SpeakerMention(word, SpeakerMentionKind.ClauseSubject, toks[v].Start, toks[v].End);
                }
                // "Fidan … said that he hoped “…”": the "he" of a reported clause is the sentence's own subject.
                // "Ransk denied … and called the account “…”": a verb coordinated with the sentence's own.
                if (speaker is null && v > 0 && toks[v - 1].IsWord && toks[v - 1].Text(text).Equals("and", StringComparison.OrdinalIgnoreCase))
                    speaker = new SpeakerMention(word, SpeakerMentionKind.ClauseSubject, toks[v].Start, toks[v].End);
                if (speaker is { Kind: SpeakerMentionKind.Pronoun } && PrecededByThat(text, toks, speaker.Start))
                    speaker = speaker with { Kind = SpeakerMentionKind.SentenceSubject };
                // Past the usual reach without "that", only a named speaker's reporting verb: "Ushakov, who …, said a
                // summit between Putin and Trump was “not on the agenda yet”".
                // A comma after the verb ends its clause: "Lind said on Monday, in a week when many saw “…”" is not hers.
                if (speaker is not null && !thatSeen && wordsAfter > MaxWordsFromVerbToQuote
                    && !(speaker.Kind == SpeakerMentionKind.Name && SpeechVerbs.IsReporting(word) && !ClauseBreakAfter(text, toks, v))) break;
                if (speaker is not null)
                    return new Attribution(speaker, Math.Min(speaker.Start, toks[v].Start), Math.Max(speaker.End, toks[v].End), toks[v].End);
            }
            // Past the usual reach only a "that" clause carries on: "X insisted in a radio interview on Saturday that the truce “…”".
            if (word.Equals("that", StringComparison.OrdinalIgnoreCase)) thatSeen = true;
            if (++wordsAfter > MaxWordsFromVerbToQuoteAfterThat) break;
        }
        return AccordingToOpening(text, toks) ?? ColonIntroduction(text, toks);
    }

    // ", the Hungarian prime minister, Viktor Orbán, told …": a role, a comma, then the name.
    private static bool RoleThenComma(string text, IReadOnlyList<Token> toks, int from, int speakerStart)
    {
        var end = from;
        while (end < toks.Count && toks[end].Start < speakerStart) end++;
        if (end - from is < 2 or > 7 || toks[end - 1].IsWord || text[toks[end - 1].Start] != ',') return false;
        var first = toks[from].Text(text);
        return (SpeakerWords.Determiners.Contains(first) || SpeakerWords.IsPossessive(first))
            && Enumerable.Range(from, end - 1 - from).All(k => toks[k].IsWord || text[toks[k].Start] is '-' or '’' or '\'');
    }

    private static bool ClauseBreakAfter(string text, IReadOnlyList<Token> toks, int v)
    {
        for (var k = v + 1; k < toks.Count; k++)
            if (!toks[k].IsWord && text[toks[k].Start] is ',' or ';' or '(' or '—' or '–') return true;
        return false;
    }

    private static bool PrecededByThat(string text, IReadOnlyList<Token> toks, int start)
    {
        var i = 0;
        while (i < toks.Count && toks[i].Start < start) i++;
        return i > 0 && toks[i - 1].IsWord && toks[i - 1].Text(text).Equals("that", StringComparison.OrdinalIgnoreCase);
    }

    // "According to Andriy Yermak, the head of his office, the talks were “constructive.”"
    private static Attribution? AccordingToOpening(string text, IReadOnlyList<Token> toks)
    {
        for (var v = 0; v < Math.Min(3, toks.Count); v++)
        {
            if (!toks[v].IsWord || !SpeechVerbs.IsAccording(toks[v].Text(text))) continue;
            var speaker = SpeakerAfterVerb(text, toks, v);
            return speaker is null ? null : new Attribution(speaker, toks[v].Start, speaker.End, toks[v].End);
        }
        return null;
    }

    /// <summary>", X says." / ", according to X." closing a sentence.</summary>
    public static Attribution? Trailing(string text, int from, int to)
    {
        var toks = Tokenizer.Tokenize(text, from, to);
        var end = toks.Count;
        while (end > 0 && !toks[end - 1].IsWord) end--;
        var comma = end - 1;
        while (comma >= 0 && (toks[comma].IsWord || text[toks[comma].Start] is '.' or '-' or '’' or '\'')) comma--;
        if (comma < 0 || text[toks[comma].Start] != ',' || end - comma - 1 > MaxTrailingWords) return null;
        var p = comma + 1;
        for (var v = p; v < end; v++)
        {
            var word = toks[v].Text(text);
            if (!toks[v].IsWord || !SpeechVerbs.IsSpeech(word)) continue;
            var speaker = v == p ? SpeakerAfterVerb(text, toks, v) : SpeakerPhraseReader.ReadBefore(text, toks, v, p);
            if (speaker is null || (v != p && speaker.Start != toks[p].Start)) return null;
            // The attribution must close the sentence: ", says X." / ", X tells the BBC.", not ", said the Europeans were …".
            var wordsAfter = toks.Skip(v + 1).Take(end - v - 1).Count(t => t.IsWord && t.Start >= speaker.End);
            if (wordsAfter > (v == p ? MaxWordsAfterInvertedSpeaker : MaxWordsAfterTrailingVerb)) return null;
            return new Attribution(speaker, Math.Min(speaker.Start, toks[v].Start), Math.Max(speaker.End, toks[v].End), toks[v].End);
        }
        return null;
    }

    // "X called it “…”", "X described the deal as “…”": naming, but in the speaker's own words.
    private static bool NamesTheQuote(string text, IReadOnlyList<Token> toks, int v)
    {
        var word = toks[v].Text(text).ToLowerInvariant();
        if (word is "called" or "calls")
            return v + 2 == toks.Count && toks[v + 1].Text(text) is "it" or "this" or "them" or "that";
        if (word is "described" or "describes")
            return toks.Count - v <= MaxWordsFromVerbToQuote && toks[^1].Text(text) == "as";
        return false;
    }

    // "“…?” the opposition weekly Pravik asked": a short noun phrase opened by a determiner, ending in the name.
    private static bool DeterminerPhraseBefore(string text, IReadOnlyList<Token> toks, int p, SpeakerMention speaker)
    {
        if (speaker.Kind != SpeakerMentionKind.Name || !SpeakerWords.Determiners.Contains(toks[p].Text(text))) return false;
        var k = p;
        for (; k < toks.Count && toks[k].Start < speaker.Start; k++)
            if (!toks[k].IsWord || SpeakerWords.ClauseWords.Contains(toks[k].Text(text)) || SpeechVerbs.IsSpeech(toks[k].Text(text))) return false;
        return k - p <= 5;
    }

    // "“…,” U.S. Secretary of State Marco Rubio said": the name reader stops at "of"; what precedes is still title.
    private static bool OnlyTitlesBefore(string text, IReadOnlyList<Token> toks, int p, int speakerStart)
    {
        for (var k = p; k < toks.Count && toks[k].Start < speakerStart; k++)
        {
            if (!toks[k].IsWord) return false;
            var w = toks[k].Text(text);
            if (!SpeakerWords.IsNameLike(w) && !SpeakerWords.IsTitle(w) && !SpeakerWords.IsInstitution(w) && w is not ("of" or "for" or "and" or "the")) return false;
        }
        return true;
    }

    private static SpeakerMention? SpeakerAfterVerb(string text, IReadOnlyList<Token> toks, int v)
    {
        var first = v + 1;
        if (SpeechVerbs.IsAccording(toks[v].Text(text)))
        {
            if (first >= toks.Count || !toks[first].Text(text).Equals("to", StringComparison.OrdinalIgnoreCase)) return null;
            first++;
        }
        return SpeakerPhraseReader.ReadAfter(text, toks, first, toks.Count);
    }

    // "Said Trump: …" is rare, but "…, says a NATO diplomat: …" happens before a quote too.
    // The phrase must reach the quote (a colon or comma at most between): in "it said both delegations “…”" the
    // words after the verb are the reported clause's subject, not the speaker.
    private static SpeakerMention? InvertedSpeaker(string text, IReadOnlyList<Token> toks, int v)
    {
        if (!toks[v].Text(text).StartsWith("sa", StringComparison.OrdinalIgnoreCase) && !toks[v].Text(text).StartsWith("no", StringComparison.OrdinalIgnoreCase))
            return null;
        var speaker = SpeakerPhraseReader.ReadAfter(text, toks, v + 1, toks.Count);
        if (speaker is null) return null;
        var k = v + 1;
        while (k < toks.Count && toks[k].Start < speaker.End) k++;
        return k == toks.Count - 1 && !toks[k].IsWord && text[toks[k].Start] is ':' or ',' ? speaker : null;
    }

    // "Zelensky refused, but Trump doubled down: “…”": the subject of the clause the colon ends.
    private static Attribution? ColonIntroduction(string text, IReadOnlyList<Token> toks)
    {
        if (toks.Count < 2 || toks[^1].IsWord || text[toks[^1].Start] != ':') return null;
        if (CopulaIntroduction(text, toks) is { } copula) return copula;
        var start = toks.Count - 2;
        while (start > 0 && (toks[start - 1].IsWord || text[toks[start - 1].Start] is '-' or '’' or '\'')
               && !SpeakerWords.ClauseWords.Contains(toks[start - 1].Text(text)))
            start--;
        if (toks.Count - 1 - start > 10) return null;
        var e = start;
        while (e < toks.Count - 1 && toks[e].IsWord && SpeakerWords.SentenceOpeners.Contains(toks[e].Text(text))) e++;
        var s = e;
        while (e < toks.Count - 1 && toks[e].IsWord && SpeakerWords.IsNameLike(toks[e].Text(text)) && !SpeakerWords.IsPossessive(toks[e].Text(text))) e++;
        if (e == s) return null;
        // "Zelensky: “…”": the name alone before the colon.
        if (e == toks.Count - 1 && e - s >= 2 && s == start)
        {
            var named = SpeakerPhraseReader.ReadBefore(text, toks, e, s);
            return named is { Kind: SpeakerMentionKind.Name } ? new Attribution(named, named.Start, toks[^1].End, toks[^1].End) : null;
        }
        if (e >= toks.Count - 1 || !toks[e].IsWord || SpeakerWords.IsNameLike(toks[e].Text(text))) return null;
        // The run must be followed by a verb-ish lower-case word: "Trump doubled down:", not "Trump’s plan:".
        var speaker = SpeakerPhraseReader.ReadBefore(text, toks, e, s);
        return speaker is { Kind: SpeakerMentionKind.Name } ? new Attribution(speaker, speaker.Start, toks[^1].End, toks[^1].End) : null;
    }

    // "President Volodymyr Zelensky was blunt: “…”" / "Lavrov was clear:": a name, a copula, one word, the colon.
    private static readonly HashSet<string> Copulas = WordLists.Set("copulas");

    private static Attribution? CopulaIntroduction(string text, IReadOnlyList<Token> toks)
    {
        var colon = toks.Count - 1;
        if (colon < 3 || !toks[colon - 1].IsWord || !toks[colon - 2].IsWord || !Copulas.Contains(toks[colon - 2].Text(text))) return null;
        var adjective = toks[colon - 1].Text(text);
        if (adjective.Length == 0 || !char.IsLower(adjective[0])) return null;
        var e = colon - 2;
        var s = e;
        while (s > 0 && toks[s - 1].IsWord && SpeakerWords.IsNameLike(toks[s - 1].Text(text)) && !SpeakerWords.IsPossessive(toks[s - 1].Text(text))) s--;
        if (s == e) return null;
        var speaker = SpeakerPhraseReader.ReadBefore(text, toks, e, s);
        return speaker is { Kind: SpeakerMentionKind.Name } ? new Attribution(speaker, speaker.Start, toks[colon].End, toks[colon].End) : null;
    }
}
