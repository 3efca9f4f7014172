namespace PeaceBot.Core.Engine;

/// <summary>What the index holds of one file: enough to tell, on the next reload, whether it changed.</summary>
internal sealed record IndexedFile(string Hash, long Size, DateTime LastWriteUtc, string? PlanId)
{
    /// <summary>The file is a plan marked <c>default: true</c>.</summary>
    public bool DefaultPlan { get; init; }
}
