namespace PeaceBot.Core.Extraction.Quotes;

public enum QuoteKind
{
    /// <summary>Words inside quotation marks.</summary>
    Direct,
    /// <summary>Reported speech without quotation marks ("X said that …", "according to X, …").</summary>
    Indirect,
    /// <summary>A transcript line "SPEAKER: text".</summary>
    Transcript,
}
