using static PeaceBot.Core.Extraction.Quotes.Rules.TokenPattern;

namespace PeaceBot.Core.Extraction.Quotes.Rules;

/// <summary>
/// "…, Halvard Brekke, according to whom ‘…’": the relative pronoun stands for the name before its comma. Only
/// "according to whom" itself: "according to two officials, whom the paper agreed not to name" is no quote frame.
/// </summary>
internal sealed class AccordingToWhomRule : IAttributionRule
{
    private const int MaxWordsToQuote = 8;

    public Attribution? Find(QuoteSite site)
    {
        var text = site.Text;
        var toks = Tokenizer.Tokenize(text, site.BeforeFrom, site.Span.Outer.Start);
        for (var a = toks.Count - 3; a >= 1 && toks.Count - a - 3 <= MaxWordsToQuote; a--)
        {
            if (!Sequence(text, toks, a, "according", "to", "whom") || !MarkIs(text, toks, a - 1, ',')) continue;
            if (BreaksClause(text, toks, a + 3, toks.Count)) return null;
            // "the prime minister, Halvard Brekke, according to whom": the appositive name; else the words before the comma.
            var speaker = SpeakerPhraseReader.ReadBefore(text, toks, a, 0);
            if (speaker is not { Kind: SpeakerMentionKind.Name }) speaker = SpeakerPhraseReader.ReadBefore(text, toks, a - 1, 0) ?? speaker;
            if (speaker is null || speaker.Kind == SpeakerMentionKind.Pronoun || !SpeakerHeads.CanSpeak(speaker)) return null;
            return new Attribution(speaker, speaker.Start, toks[a + 2].End, toks[a + 2].End);
        }
        return null;
    }
}
