namespace PeaceBot.Core.Extraction.Quotes.Rules;

/// <summary>
/// Reads the role phrases the ordinary speaker reader leaves alone: a determiner, a few words and a head noun that
/// speaks, optionally carried on by "of"/"in" and a short phrase ("a member of the Drovan delegation", "an Arvenian
/// official in Geneva", "A joint statement").
/// </summary>
internal static class RolePhrase
{
    private const int MaxWords = 9;
    private const int MaxHeadWords = 4;

    private static readonly HashSet<string> Carriers = new(StringComparer.OrdinalIgnoreCase) { "of", "in", "from", "at", "for" };

    /// <summary>
    /// A role phrase filling tokens [from, to) exactly: a determiner first, a speaking head noun before any carrier
    /// word. Null when the words are anything else.
    /// </summary>
    public static SpeakerMention? Exactly(string text, IReadOnlyList<Token> toks, int from, int to)
    {
        if (to - from is < 2 or > MaxWords || !TokenPattern.OnlyWords(toks, from, to)) return null;
        if (!TokenPattern.WordIn(text, toks, from, SpeakerWords.Determiners)) return null;
        var head = to - 1;
        for (var k = from + 1; k < to; k++)
            if (TokenPattern.WordIn(text, toks, k, Carriers)) { head = k - 1; break; }
        if (head <= from || head - from > MaxHeadWords || !SpeakerHeads.Speaks(toks[head].Text(text))) return null;
        for (var k = from + 1; k < to; k++)
        {
            var w = toks[k].Text(text);
            if (Carriers.Contains(w) || SpeakerWords.Determiners.Contains(w)) continue;
            if (SpeakerWords.ClauseWords.Contains(w) || SpeechVerbs.IsSpeech(w) || SpeakerWords.PersonalPronouns.Contains(w)) return null;
        }
        return Mention(text, toks, from, to - 1);
    }

    /// <summary>
    /// The noun phrase a sentence opens with, up to the first word that cannot be part of it ("A joint statement" in
    /// "A joint statement issued by …"), when its head speaks; returns the index after it.
    /// </summary>
    public static (SpeakerMention Mention, int End)? Opening(string text, IReadOnlyList<Token> toks, int from)
    {
        var s = TokenPattern.FirstLetterWord(text, toks, from);
        if (!TokenPattern.WordIn(text, toks, s, SpeakerWords.Determiners) && !(s < toks.Count && SpeakerWords.IsPossessive(toks[s].Text(text))))
            return null;
        var e = s + 1;
        while (e < toks.Count && e - s <= MaxHeadWords && toks[e].IsWord)
        {
            var w = toks[e].Text(text);
            if (SpeakerWords.ClauseWords.Contains(w) || SpeechVerbs.IsSpeech(w) || SpeakerWords.Adverbs.Contains(w)) break;
            if (char.IsLower(w[0]) && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal))) break;
            e++;
        }
        if (e - 1 <= s || !SpeakerHeads.Speaks(toks[e - 1].Text(text))) return null;
        return (Mention(text, toks, s, e - 1), e);
    }

    /// <summary>
    /// The role phrase ending at the comma <paramref name="open"/> that opens a relative aside ("An official in the
    /// port authority, who …"): from the last punctuation before it (or <paramref name="floor"/>) to the comma.
    /// </summary>
    public static SpeakerMention? BeforeAside(string text, IReadOnlyList<Token> toks, int open, int floor)
    {
        var start = open - 1;
        while (start > floor && toks[start - 1].IsWord) start--;
        start = TokenPattern.FirstLetterWord(text, toks, start);
        return start < open ? Exactly(text, toks, start, open) : null;
    }

    public static SpeakerMention Mention(string text, IReadOnlyList<Token> toks, int from, int last)
    {
        var phrase = TokenPattern.Phrase(text, toks, from, last);
        if (phrase.StartsWith("The ", StringComparison.Ordinal)) phrase = "the" + phrase[3..];
        else if (phrase.StartsWith("A ", StringComparison.Ordinal) || phrase.StartsWith("An ", StringComparison.Ordinal)) phrase = "a" + phrase[1..];
        return new SpeakerMention(phrase, SpeakerMentionKind.Role, toks[from].Start, toks[last].End);
    }
}
