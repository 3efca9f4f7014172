using static PeaceBot.Core.Extraction.Quotes.Rules.TokenPattern;

namespace PeaceBot.Core.Extraction.Quotes.Rules;

/// <summary>
/// "An official in Geneva, who asked not to be named, told the Daily the delegation had been packing at 6 a.m. “and
/// unpacking by seven.”": a quoted fragment ending a long reported clause after "told &lt;listener&gt;" is the teller's,
/// even with no "that"; the teller may be a role with a relative aside. Another speech verb in the clause abstains.
/// </summary>
internal sealed class ToldListenerClauseRule : IAttributionRule
{
    private const int MaxWordsFromVerbToQuote = 22;

    private static readonly string[] Listeners = ["reporters", "journalists", "him", "her", "us", "me", "them", "parliament", "lawmakers"];

    public Attribution? Find(QuoteSite site)
    {
        var text = site.Text;
        var toks = Tokenizer.Tokenize(text, site.BeforeFrom, site.Span.Outer.Start);
        var v = toks.Count - 1;
        while (v >= 1 && toks.Count - v <= MaxWordsFromVerbToQuote && !WordIs(text, toks, v, "told", "tells")) v--;
        if (v < 1 || !WordIs(text, toks, v, "told", "tells") || BreaksClause(text, toks, v, toks.Count)) return null;
        // The listener: "reporters", "him", an outlet's name ("Eastbrook Daily", "the Evening Ledger").
        var listener = WordIs(text, toks, v + 1, "the") ? v + 2 : v + 1;
        if (!WordIs(text, toks, listener, Listeners) && !(listener < toks.Count && toks[listener].IsWord && SpeakerWords.IsNameLike(toks[listener].Text(text))))
            return null;
        for (var k = v + 1; k < toks.Count; k++)
            if (toks[k].IsWord && SpeechVerbs.IsSpeech(toks[k].Text(text))) return null;
        // "An official in Vienna, who asked not to be named, told": the role before the aside, not the place ending it.
        var speaker = (MarkIs(text, toks, v - 1, ',') ? RoleBeforeRelativeAside(text, toks, v - 1) : null)
            ?? SpeakerPhraseReader.ReadBefore(text, toks, v, 0);
        if (speaker is null || !SpeakerHeads.CanSpeak(speaker)) return null;
        return new Attribution(speaker, Math.Min(speaker.Start, toks[v].Start), toks[v].End, toks[v].End);
    }

    // "An Arvenian official in Geneva, who asked not to be named," ending at the comma <paramref name="close"/>.
    private static SpeakerMention? RoleBeforeRelativeAside(string text, List<Token> toks, int close)
    {
        var open = close - 1;
        while (open > 0 && !MarkIs(text, toks, open, ',')) open--;
        if (open <= 0 || !WordIs(text, toks, open + 1, "who") || BreaksClause(text, toks, open, close)) return null;
        return RolePhrase.BeforeAside(text, toks, open, 0);
    }
}
