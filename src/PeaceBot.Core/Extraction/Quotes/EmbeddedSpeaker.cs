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
        // then said …" is the speaker.
        if (word is "by") return before.Length > 3 && before.EndsWith("ed", StringComparison.Ordinal);
        // "Secretary of State Marco Rubio", "Minister of Defence …": a capitalised title around "of" is the name's own.
        return before.IsEmpty || !char.IsUpper(before[0]);
    }
}
