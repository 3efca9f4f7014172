namespace PeaceBot.Core.Knowledge;

/// <summary>
/// What keeps the serving knowledge from matching what is configured, beside the per-file problems: the folder
/// (missing, unreadable or empty), the last reload (a failed index write keeps the last good snapshot serving), and the
/// index (in memory although an on-disk index is configured). Each is a reason for <c>/readyz</c> to answer 503.
/// </summary>
public sealed record KnowledgeHealth(string? Folder, string? LastReloadFailure, string? Index)
{
    public static readonly KnowledgeHealth Good = new(null, null, null);

    /// <summary>The reasons, one short sentence each; empty when healthy.</summary>
    public IReadOnlyList<string> Reasons => new[] { Folder, LastReloadFailure, Index }.OfType<string>().ToList();

    public bool IsHealthy => Folder is null && LastReloadFailure is null && Index is null;
}
