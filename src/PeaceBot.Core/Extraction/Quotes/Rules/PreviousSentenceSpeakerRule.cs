namespace PeaceBot.Core.Extraction.Quotes.Rules;

/// <summary>
/// "Vera Lind was blunt. “This ends today.”": a quote that is a whole sentence of its own, with no attribution, after a
/// sentence of the same paragraph that starts with a person. Only that opening person counts (not someone named
/// later in the sentence); a previous sentence starting with anything else abstains.
/// </summary>
internal sealed class PreviousSentenceSpeakerRule : IAttributionRule
{
    public Attribution? Find(QuoteSite site)
    {
        if (!site.OpensItsSentence || !site.EndsItsSentence || site.PreviousSentenceInParagraph is not { } previous) return null;
        var start = previous.Range.Start;
        return new Attribution(new SpeakerMention("", SpeakerMentionKind.OpeningSubject, start, start), start, previous.Range.End, previous.Range.End);
    }
}
