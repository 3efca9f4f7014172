namespace PeaceBot.Core.Extraction.Quotes.Rules;

/// <summary>
/// "“…,” X said" / "“…,” said X, the minister" / "“…?” asked X": speaker and verb right after the quote. A question or
/// exclamation mark may end the sentence the segmenter sees, so after one the attribution may stand in the next.
/// </summary>
internal sealed class AfterQuoteRule : IAttributionRule
{
    public Attribution? Find(QuoteSite site)
    {
        var text = site.Text;
        if (AttributionFinder.AfterQuote(text, site.Span.Outer.End, site.AfterTo) is { } found) return found;
        var inner = site.Span.Inner;
        if (inner.Length == 0 || text[inner.End - 1] is not ('?' or '!') || site.AfterTo >= site.NextStart) return null;
        var at = site.AfterTo;
        while (at < site.NextStart && char.IsWhiteSpace(text[at])) at++;
        var next = site.Doc.SentenceAt(at);
        if (next is null || next.Paragraph != site.Paragraph.Index) return null;
        return AttributionFinder.AfterQuote(text, site.Span.Outer.End, Math.Min(site.NextStart, next.Range.End));
    }
}
