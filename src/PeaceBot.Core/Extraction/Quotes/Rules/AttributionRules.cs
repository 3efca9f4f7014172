namespace PeaceBot.Core.Extraction.Quotes.Rules;

/// <summary>The attribution rules for direct quotes, most precise first. Add a rule here, with its spec in Specs/quotes.</summary>
internal static class AttributionRules
{
    public static readonly IAttributionRule[] Ordered =
    [
        new RoleOfPhraseAfterQuoteRule(),
        new AfterQuoteRule(),
        new QuotedAsSayingRule(),
        new DashCreditRule(),
        new DashCreditNextLineRule(),
        new AccordingToWhomRule(),
        new IssuedStatementRule(),
        new ObjectPredicativeRule(),
        new BeforeQuoteRule(),
        new ToldListenerClauseRule(),
        new OrganisationItRule(),
        new TrailingRule(),
        new SourceQuoteBlockRule(),
        new SpeakerColonLineRule(),
        new ColonSentenceBeforeRule(),
        new ColonOpenerRule(),
        new NextSentenceFrameRule(),
        new PreviousSentenceSpeakerRule(),
    ];

    public static Attribution? Find(QuoteSite site)
    {
        if (NamingPhrase.Precedes(site)) return null;
        foreach (var rule in Ordered)
            if (rule.Find(site) is { } found) return found;
        return null;
    }
}
