namespace PeaceBot.Core.Extraction.Quotes.Rules;

/// <summary>"X said: “…”", "X told Reuters that “…”", "according to X, …“…”", "X called it “…”": speaker and verb before the quote.</summary>
internal sealed class BeforeQuoteRule : IAttributionRule
{
    public Attribution? Find(QuoteSite site) => AttributionFinder.BeforeQuote(site.Text, site.BeforeFrom, site.Span.Outer.Start);
}
