namespace PeaceBot.Core.Knowledge;

/// <summary>The result of one reload: what changed and the status of the snapshot now serving.</summary>
public sealed record ReloadReport(int Added, int Changed, int Removed, int Unchanged, KnowledgeStatus Status, TimeSpan Duration)
{
    /// <summary>Problems found in this reload (files that failed keep their last good version).</summary>
    public IReadOnlyList<KnowledgeProblem> Problems => Status.Problems;

    /// <summary>Why this reload changed nothing although it should have (a failed index write); null when it did its work.</summary>
    public string? Failure { get; init; }
}
