namespace PeaceBot.Core.Extraction.Quotes.Rules;

/// <summary>The attribution rules for direct quotes, most precise first. Add a rule here, with its spec in Specs/quotes.</summary>
internal static class AttributionRules
{
    public static readonly IAttributionRule[] Ordered =
    [
        new AfterQuoteRule(),
        new DashCreditRule(),
        new DashCreditNextLineRule(),
        new BeforeQuoteRule(),
        new TrailingRule(),
        new SourceQuoteBlockRule(),
        new SpeakerColonLineRule(),
        new ColonSentenceBeforeRule(),
        new ColonOpenerRule(),
        new PreviousSentenceSpeakerRule(),
    ];

    public static Attribution? Find(QuoteSite site)
    {
        foreach (var rule in Ordered)
            if (rule.Find(site) is { } found) return found;
        return null;
    }
}
