namespace PeaceBot.Core.Knowledge;

/// <summary>
/// Owns the serving knowledge snapshot. A reload builds a new snapshot beside the old one and swaps it in;
/// readers keep the one they started with.
/// </summary>
public interface IKnowledgeService
{
    KnowledgeStatus Status { get; }

    /// <summary>Re-reads the knowledge folder now. Concurrent calls are serialised. Never throws for bad files.</summary>
    Task<ReloadReport> ReloadAsync(CancellationToken cancellationToken = default);

    /// <summary>Raised after every reload (successful or not), on the reloading thread.</summary>
    event EventHandler<ReloadReport>? Reloaded;
}
