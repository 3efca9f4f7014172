namespace PeaceBot.Core.Extraction.Quotes.Rules;

/// <summary>"“…,” X said" / "“…,” said X, the minister" / "“…?” asked X": speaker and verb right after the quote.</summary>
internal sealed class AfterQuoteRule : IAttributionRule
{
    public Attribution? Find(QuoteSite site) => AttributionFinder.AfterQuote(site.Text, site.Span.Outer.End, site.AfterTo);
}
