using PeaceBot.Core.Extraction.Vocabulary;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>
/// Reported speech without quotation marks, in sentences that hold none: "According to X, …", "…, X says.",
/// and "X said (that) …" / "X told Reuters that …" / "X warned that …". The quote is the reported clause.
/// </summary>
internal static class IndirectSpeechRule
{
    private const int MinClauseWords = 4;
    private const int MaxTokensToVerb = 14;
    private const int MaxListenerTokens = 6;

    // Subjects that are texts, not speakers: "the plan says …" is not anyone's quote.
    private static readonly HashSet<string> Documents = WordLists.Set("document-nouns");

    public static List<QuoteCandidate> Find(SegmentedText doc)
    {
        var found = new List<QuoteCandidate>();
        foreach (var paragraph in doc.Paragraphs)
        {
            if (paragraph.IsHeading) continue;
            foreach (var sentence in doc.SentencesOf(paragraph))
            {
                // A sentence ending in a colon introduces what follows; it reports nothing itself.
                if (doc.Text.AsSpan(sentence.Range.Start, sentence.Range.Length).TrimEnd().EndsWith(":")) continue;
                if (HasQuoteMarks(doc.Text, sentence.Range))
                {
                    if (BeforeFirstQuote(doc.Text, sentence) is { } reported) found.Add(reported);
                    continue;
                }
                if (Match(doc.Text, sentence) is { } c) found.Add(c);
            }
        }
        return found;
    }

    private static QuoteCandidate? Match(string text, Sentence sentence)
    {
        var toks = Tokenizer.Tokenize(text, sentence.Range.Start, sentence.Range.End);
        var end = toks.Count;
        while (end > 0 && !toks[end - 1].IsWord) end--;
        if (end < MinClauseWords + 2) return null;
        return AccordingToFirst(text, sentence, toks, end)
            ?? LeadingAttribution(text, sentence, toks, end)
            ?? TrailingAttribution(text, sentence, toks, end)
            ?? LongTrailingAttribution(text, sentence, toks, end);
    }

    private const int MaxTokensAfterTrailingVerb = 5;

    private static readonly HashSet<string> SceneOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "after", "before", "during", "following", "asked", "when", "while", "as", "later", "earlier", "from",
    };
    private const int MaxRoleWordsBeforeTrailingName = 6;

    // Words after a verb that open a new clause: "…, Ushakov said Russia would wait" is a leading attribution.
    private static readonly HashSet<string> ClauseAuxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "would", "will", "was", "were", "is", "are", "had", "has", "have", "could", "should", "must", "might", "can", "did",
        "does", "not", "that", "if", "whether",
    };

    /// <summary>
    /// Wire copy's long trailing credit: "…, Kremlin foreign policy aide Yuri Ushakov told reporters early on Wednesday."
    /// A named speaker (with up to six role words before the name) right after the clause's last comma, a reporting
    /// verb, and at most a listener or a time phrase after it.
    /// </summary>
    private static QuoteCandidate? LongTrailingAttribution(string text, Sentence sentence, List<Token> toks, int end)
    {
        for (var v = end - 1; v > 0 && end - v <= MaxTokensAfterTrailingVerb + 1; v--)
        {
            if (!toks[v].IsWord || !SpeechVerbs.IsReporting(toks[v].Text(text))) continue;
            for (var a = v + 1; a < end; a++)
                if (toks[a].IsWord && ClauseAuxiliaries.Contains(toks[a].Text(text))) return null;
            var speaker = SpeakerPhraseReader.ReadBefore(text, toks, v, 0);
            if (speaker is null || speaker.Kind != SpeakerMentionKind.Name) return null;
            var k = toks.FindLastIndex(v, t => t.End <= speaker.Start);
            var roleWords = 0;
            while (k >= 0 && toks[k].IsWord && !SpeechVerbs.IsSpeech(toks[k].Text(text)) && ++roleWords <= MaxRoleWordsBeforeTrailingName) k--;
            if (k <= 0 || toks[k].IsWord || text[toks[k].Start] != ',') return null;
            return SetsSceneOnly(text, toks, k) ? null : Clause(text, sentence, toks, 0, k, speaker);
        }
        return null;
    }

    /// <summary>
    /// "She said the terminal could reopen within weeks if the shelling stopped, and that her government was ready to
    /// discuss “…”": the reported clause before the quotation, up to the last comma before it. Without such a comma the
    /// clause runs into the quotation ("said the talks were “useful”"), and the quote alone is the statement.
    /// </summary>
    private static QuoteCandidate? BeforeFirstQuote(string text, Sentence sentence)
    {
        var mark = text.AsSpan(sentence.Range.Start, sentence.Range.Length).IndexOfAny("“”\"«»");
        if (mark <= 0) return null;
        var toks = Tokenizer.Tokenize(text, sentence.Range.Start, sentence.Range.Start + mark);
        var end = toks.Count;
        while (end > 0 && !toks[end - 1].IsWord) end--;
        if (end < MinClauseWords + 2) return null;
        var comma = toks.FindLastIndex(end - 1, t => !t.IsWord && text[t.Start] is ',' or ';');
        if (comma < MinClauseWords + 2) return null;
        if (LeadingAttribution(text, sentence, toks, end) is not { } whole || whole.Quote.Start >= toks[comma].Start) return null;
        var first = toks.FindIndex(t => t.Start == whole.Quote.Start);
        return Clause(text, sentence, toks, first, comma, whole.Speaker!);
    }

    private static QuoteCandidate? AccordingToFirst(string text, Sentence sentence, List<Token> toks, int end)
    {
        var a = 0;
        while (a < 2 && a < end && toks[a].IsWord && !SpeechVerbs.IsAccording(toks[a].Text(text))) a++;
        if (a >= end - 2 || !SpeechVerbs.IsAccording(toks[a].Text(text)) || !toks[a + 1].Text(text).Equals("to", StringComparison.OrdinalIgnoreCase)) return null;
        var speaker = SpeakerPhraseReader.ReadAfter(text, toks, a + 2, end);
        if (speaker is null || !IsSpeaker(speaker)) return null;
        // The clause starts after the comma closing the speaker phrase (and any appositive after it).
        var c = a + 2;
        while (c < end && toks[c].Start < speaker.End) c++;
        if (c < end && !toks[c].IsWord && text[toks[c].Start] == ',')
        {
            var second = FindComma(text, toks, c + 1, end, maxDistance: 20);
            c = second >= 0 && LooksLikeAppositive(text, toks, c + 1) ? second : c;
        }
        else return null;
        return Clause(text, sentence, toks, c + 1, end, speaker);
    }

    private static QuoteCandidate? TrailingAttribution(string text, Sentence sentence, List<Token> toks, int end)
    {
        var attribution = AttributionFinder.Trailing(text, sentence.Range.Start, sentence.Range.End);
        if (attribution is null || !IsSpeaker(attribution.Speaker)) return null;
        var comma = toks.FindLastIndex(t => !t.IsWord && t.Start < attribution.Start && text[t.Start] == ',');
        if (comma <= 0 || !IsReportingVerbEndingAt(text, attribution.VerbEnd) || SetsSceneOnly(text, toks, comma)) return null;
        return Clause(text, sentence, toks, 0, comma, attribution.Speaker);
    }

    // "Speaking in Geneva after the talks, Rubio told reporters.": a scene-setting phrase and nothing else before the
    // credit reports nothing. ("After the talks, the sides agreed on nothing, Peskov said." has a clause after it.)
    private static bool SetsSceneOnly(string text, List<Token> toks, int creditComma)
    {
        var first = toks[0].Text(text);
        if (!SceneOpeners.Contains(first) && !first.EndsWith("ing", StringComparison.Ordinal)) return false;
        for (var i = 1; i < creditComma; i++)
            if (!toks[i].IsWord && text[toks[i].Start] == ',') return false;
        return true;
    }

    private static QuoteCandidate? LeadingAttribution(string text, Sentence sentence, List<Token> toks, int end)
    {
        for (var v = 1; v < end && v <= MaxTokensToVerb; v++)
        {
            if (!toks[v].IsWord) continue;
            var word = toks[v].Text(text);
            if (!SpeechVerbs.IsReporting(word)) continue;
            var speaker = SpeakerPhraseReader.ReadBefore(text, toks, v, 0);
            if (speaker is null || !IsSpeaker(speaker)) return null;
            // The speaker must open the sentence or follow an introductory phrase ("In March, Trump said …").
            if (OpensClause(text, toks, speaker.Start) is not { } afterComma) return null;
            // "Neither Dahl nor Kallas would say whether …": a refusal, and no one's statement.
            if (Refuses(text, toks, speaker.Start, v)) return null;
            var c = v + 1;
            var that = FindWord(text, toks, c, Math.Min(end, c + MaxListenerTokens), "that");
            if (that >= 0) c = that + 1;
            // Without "that", a speaker after a comma is more often a trailing one: "…, Ivan Petrenko tells the BBC."
            else if (SpeechVerbs.TakesListener(word) || afterComma) return null;
            while (c < end && !toks[c].IsWord && text[toks[c].Start] is ',' or ':') c++;
            return Clause(text, sentence, toks, c, end, speaker);
        }
        return null;
    }

    private static readonly HashSet<string> Refusals = WordLists.Set("refusals");

    // A negated pair before the speaker, a negation before the verb, or "whether"/"if" after it.
    private static bool Refuses(string text, List<Token> toks, int speakerStart, int verb)
    {
        for (var i = 0; i < toks.Count && i <= verb + 1; i++)
        {
            if (!toks[i].IsWord || !Refusals.Contains(toks[i].Text(text))) continue;
            var w = toks[i].Text(text).ToLowerInvariant();
            if (w is "whether" or "if" ? i == verb + 1 : w is "not" or "never" ? i < verb && toks[i].Start > speakerStart : toks[i].End <= speakerStart + 8 || i < verb)
                return true;
        }
        return false;
    }

    private const int MaxRoleWordsBeforeSpeaker = 6;

    private static readonly HashSet<string> Subordinators = WordLists.Set("subordinators");

    // The speaker opens the sentence (after role words: "Kremlin spokesman …") → false, or follows a comma ("In March,
    // …") → true; anything else → null.
    private static bool? OpensClause(string text, List<Token> toks, int speakerStart)
    {
        var words = 0;
        for (var i = toks.FindLastIndex(t => t.End <= speakerStart); i >= 0; i--)
        {
            if (!toks[i].IsWord) return text[toks[i].Start] == ',' ? true : null;
            if (SpeechVerbs.IsSpeech(toks[i].Text(text)) || Subordinators.Contains(toks[i].Text(text)) || ++words > MaxRoleWordsBeforeSpeaker) return null;
        }
        return false;
    }

    private static QuoteCandidate? Clause(string text, Sentence sentence, List<Token> toks, int first, int endExclusive, SpeakerMention speaker)
    {
        if (first >= endExclusive || endExclusive - first < MinClauseWords || !toks[first].IsWord) return null;
        var words = 0;
        for (var i = first; i < endExclusive; i++) if (toks[i].IsWord) words++;
        if (words < MinClauseWords) return null;
        var quote = TextRange.FromBounds(toks[first].Start, toks[endExclusive - 1].End);
        return new QuoteCandidate(quote, sentence.Range, speaker, QuoteKind.Indirect, sentence.Index, sentence.Paragraph);
    }

    private static bool IsReportingVerbEndingAt(string text, int end)
    {
        var s = end;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        var verb = text[s..end];
        return SpeechVerbs.IsReporting(verb) || SpeechVerbs.IsAccording(verb);
    }

    private static bool IsSpeaker(SpeakerMention m) =>
        m.Kind != SpeakerMentionKind.Role || !Documents.Contains(SpeakerNames.LastWord(m.Text));

    private static bool LooksLikeAppositive(string text, List<Token> toks, int i) =>
        i < toks.Count && toks[i].IsWord && (SpeakerWords.Determiners.Contains(toks[i].Text(text)) || char.IsLower(text[toks[i].Start]));

    private static int FindComma(string text, List<Token> toks, int from, int end, int maxDistance)
    {
        for (var i = from; i < end && i - from <= maxDistance; i++)
            if (!toks[i].IsWord && text[toks[i].Start] == ',') return i;
        return -1;
    }

    private static int FindWord(string text, List<Token> toks, int from, int end, string word)
    {
        for (var i = from; i < end; i++)
            if (toks[i].IsWord && toks[i].Text(text).Equals(word, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    private static bool HasQuoteMarks(string text, TextRange range) =>
        text.AsSpan(range.Start, range.Length).IndexOfAny("“”\"«»") >= 0;
}
