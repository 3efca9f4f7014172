namespace PeaceBot.Core.Handlers;

internal static class HandlerLimits
{
    /// <summary>Most results any command collects (over all its pages).</summary>
    public const int MaxResults = 50;

    /// <summary>Hits a ranked search looks at before relevance filtering.</summary>
    public const int Candidates = 30;

    /// <summary>Quotes looked at for /who said; each is read to test for the typed phrase.</summary>
    public const int QuoteCandidates = 30;
}
