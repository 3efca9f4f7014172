namespace PeaceBot.Core.Extraction.Quotes.Rules;

/// <summary>
/// A colon introduction whose speaker opens the sentence, however long the clause before the colon:
/// "Vera Lind, who leads the team, was blunt when we spoke on Friday: “…”", or the same sentence ending a paragraph
/// before a quote paragraph. Only a person who starts the sentence counts; anything else abstains.
/// </summary>
internal sealed class ColonOpenerRule : IAttributionRule
{
    public Attribution? Find(QuoteSite site)
    {
        var text = site.Text;
        var before = text.AsSpan(site.BeforeFrom, site.Span.Outer.Start - site.BeforeFrom).TrimEnd();
        if (!before.IsEmpty && before[^1] == ':' && site.OpenSentence is { } sentence && site.BeforeFrom == sentence.Range.Start)
            return Opener(sentence.Range.Start, site.Span.Outer.Start);
        if (site.OpensItsSentence && site.OpenSentence is { Index: > 0 } s
            && ColonSentenceBeforeRule.EndsWithColon(site.Doc, site.Doc.Sentences[s.Index - 1]))
            return Opener(site.Doc.Sentences[s.Index - 1].Range.Start, site.Span.Outer.Start);
        return null;
    }

    private static Attribution Opener(int sentenceStart, int quoteStart) =>
        new(new SpeakerMention("", SpeakerMentionKind.OpeningSubject, sentenceStart, sentenceStart), sentenceStart, quoteStart, quoteStart);
}
