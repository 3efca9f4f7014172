namespace PeaceBot.Core.Knowledge;

/// <summary>What the serving snapshot holds, for /status, /readyz and metrics.</summary>
public sealed record KnowledgeStatus(
    string Folder,
    int Files,
    int Passages,
    int Quotes,
    int Events,
    int Plans,
    int PlanPoints,
    IReadOnlyList<KnowledgeProblem> Problems,
    DateTimeOffset? LastReload,
    TimeSpan LastReloadDuration,
    long Generation)
{
    /// <summary>True once a first snapshot has been published (even an empty one).</summary>
    public bool IsReady => Generation > 0;

    /// <summary>Folder, reload and index faults now (not only when the snapshot was built).</summary>
    public KnowledgeHealth Health { get; init; } = KnowledgeHealth.Good;
}
