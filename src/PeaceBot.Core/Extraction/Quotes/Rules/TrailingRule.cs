namespace PeaceBot.Core.Extraction.Quotes.Rules;

/// <summary>"… “…” with Moscow, X says.": the attribution closes the sentence the quote stands in.</summary>
internal sealed class TrailingRule : IAttributionRule
{
    public Attribution? Find(QuoteSite site) =>
        site.NextStart >= site.SentenceEnd ? AttributionFinder.Trailing(site.Text, site.Span.Outer.End, site.SentenceEnd) : null;
}
