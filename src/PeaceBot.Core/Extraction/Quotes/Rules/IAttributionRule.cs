namespace PeaceBot.Core.Extraction.Quotes.Rules;

/// <summary>
/// One way news prose attributes a quotation. Rules run in the order of <see cref="AttributionRules.Ordered"/>, most
/// precise first; the first that finds a speaker wins, and a quote no rule attributes is kept without one.
/// </summary>
internal interface IAttributionRule
{
    Attribution? Find(QuoteSite site);
}
