using static PeaceBot.Core.Extraction.Quotes.Rules.TokenPattern;

namespace PeaceBot.Core.Extraction.Quotes.Rules;

/// <summary>
/// "X was quoted by Vestnik as saying “…”", "Vestnik quoted X as saying “…”", "“…,” X was quoted as saying by
/// Vestnik": a relayed quote is the quoted person's, never the outlet's that relays it.
/// </summary>
internal sealed class QuotedAsSayingRule : IAttributionRule
{
    private const int MaxWordsAfterSaying = 14;
    private const int MaxWordsQuotedToSaying = 8;
    private const int MaxWordsBeforeQuoted = 7;

    public Attribution? Find(QuoteSite site)
    {
        var text = site.Text;
        var before = Tokenizer.Tokenize(text, site.BeforeFrom, site.Span.Outer.Start);
        if (Relayed(text, before, 0, before.Count) is { } b && before.Count - b.Saying - 1 <= MaxWordsAfterSaying
            && !BreaksClause(text, before, b.Saying, before.Count))
            return b.Attribution;
        var after = Tokenizer.Tokenize(text, site.Span.Outer.End, site.AfterTo);
        var p = 0;
        while (p < after.Count && p < 2 && (MarkIs(text, after, p, ',') || MarkIs(text, after, p, '’'))) p++;
        if ((p == 0 && !InnerEndsOpen(site)) || Relayed(text, after, p, after.Count) is not { } a || a.Attribution.Speaker.Start < after[p].Start) return null;
        // The subject or the outlet must start the attribution: ", X was quoted …" / ", Vestnik quoted X …".
        return a.Quoted > p && a.Quoted - p <= MaxWordsBeforeQuoted ? a.Attribution : null;
    }

    private static (Attribution Attribution, int Quoted, int Saying)? Relayed(string text, List<Token> toks, int floor, int limit)
    {
        for (var q = floor; q < limit; q++)
        {
            if (!WordIs(text, toks, q, "quoted")) continue;
            var a = q + 1;
            while (a < limit && a - q <= MaxWordsQuotedToSaying && !Sequence(text, toks, a, "as", "saying")) a++;
            if (a >= limit || !Sequence(text, toks, a, "as", "saying") || BreaksClause(text, toks, q, a)) return null;
            SpeakerMention? speaker;
            if (WordIs(text, toks, q + 1, "by", "as"))
                // "X was quoted by Vestnik as saying": the subject; the outlet after "by" is not the speaker.
                speaker = SpeakerPhraseReader.ReadBefore(text, toks, q, floor);
            else
                // "Vestnik quoted X as saying": the object of "quoted".
                speaker = SpeakerPhraseReader.ReadAfter(text, toks, q + 1, a);
            if (speaker is null || !SpeakerHeads.CanSpeak(speaker)) return null;
            return (new Attribution(speaker, Math.Min(speaker.Start, toks[q].Start), toks[a + 1].End, toks[a + 1].End), q, a + 1);
        }
        return null;
    }
}
