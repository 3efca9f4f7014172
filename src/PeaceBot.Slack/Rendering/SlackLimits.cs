namespace PeaceBot.Slack.Rendering;

/// <summary>Block Kit limits (reference/block-kit/blocks).</summary>
internal static class SlackLimits
{
    public const int Blocks = 50;
    public const int SectionText = 3000;
    public const int HeaderText = 150;
    public const int ContextElements = 10;
    public const int ContextElementText = 3000;
    public const int ButtonValue = 2000;
    public const int ButtonText = 75;
    /// <summary>Slack advises ≤4000 for the top-level text; a fallback this long is still readable.</summary>
    public const int FallbackText = 3000;
}
