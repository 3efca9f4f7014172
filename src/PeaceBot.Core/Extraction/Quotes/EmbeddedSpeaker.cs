namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>
/// A speaker phrase that is only part of the real one: the complement of "the head of Ukraine's diplomacy" or the
/// agent of a passive ("was quoted by Interfax as saying"). The speaker is the larger phrase or someone else, so the
/// quote abstains rather than name the wrong one.
/// </summary>
internal static class EmbeddedSpeaker
{
    public static bool Is(string text, SpeakerMention mention)
    {
        if (mention.Kind is not (SpeakerMentionKind.Name or SpeakerMentionKind.Role)) return false;
        var e = mention.Start;
        while (e > 0 && char.IsWhiteSpace(text[e - 1])) e--;
        var s = e;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        if (s == e || s > 0 && char.IsLetterOrDigit(text[s - 1])) return false;
        var word = text.AsSpan(s, e - s);
        if (word is not ("of" or "by")) return false;
        var p = s;
        while (p > 0 && char.IsWhiteSpace(text[p - 1])) p--;
        var q = p;
        while (q > 0 && char.IsLetter(text[q - 1])) q--;
        var before = text.AsSpan(q, p - q);
        // "quoted by Interfax", "released by Washington": a passive's agent; "a visit to Kyiv by Dan Driscoll, who
        // then said …" is the speaker, and so is the agent of a passive speech verb ("was described by a U.S.
        // official as", read by PassiveVoice).
        if (word is "by") return before.Length > 3 && before.EndsWith("ed", StringComparison.Ordinal) && !PassiveVoice.IsSpeechParticiple(before.ToString());
        // "Secretary of State Marco Rubio", "Minister of Defence …": a capitalised title around "of" is the name's own.
        // Only a person's role before "of" makes the phrase part of a larger speaker ("the head of X"); "the verdict
        // of X", "the view of X" name X.
        return before.IsEmpty || !char.IsUpper(before[0]) && Rules.SpeakerHeads.IsPerson(before.ToString());
    }

    private const int MaxWordsToAppositive = 5;
    private const int MaxNameWords = 4;

    /// <summary>
    /// A role cut short before "of": "said Zelenskyy's chief of staff, Andriy Yermak." is Yermak, the name in the
    /// appositive after the role; without one the phrase is not the speaker ("Zelenskyy's chief" is nobody) and null
    /// means abstain. Any other mention is returned as it is.
    /// </summary>
    public static SpeakerMention? Complete(string text, SpeakerMention mention)
    {
        if (mention.Kind != SpeakerMentionKind.Role) return mention;
        var toks = Tokenizer.Tokenize(text, mention.End, Math.Min(text.Length, mention.End + 160));
        if (toks.Count == 0 || !toks[0].IsWord || toks[0].Text(text) != "of") return mention;
        var k = 1;
        while (k < toks.Count && k <= MaxWordsToAppositive && toks[k].IsWord) k++;
        if (k >= toks.Count || toks[k].IsWord || text[toks[k].Start] != ',') return null;
        var first = k + 1;
        var last = first;
        while (last < toks.Count && last - first < MaxNameWords && toks[last].IsWord && SpeakerWords.IsNameLike(toks[last].Text(text))
               && !SpeakerWords.IsInstitution(toks[last].Text(text))) last++;
        if (last - first < 2 || last < toks.Count && toks[last].IsWord) return null;
        return new SpeakerMention(text[toks[first].Start..toks[last - 1].End], SpeakerMentionKind.Name, toks[first].Start, toks[last - 1].End);
    }
}
