namespace PeaceBot.Core.Index;

/// <summary>A plan the knowledge holds: its id, name and how many points it has.</summary>
public sealed record PlanInfo(string Id, string Name, string Title, string File, bool IsDefault, int PointCount)
{
    /// <summary>Other names articles use for it (front matter <c>plan_aliases</c>).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
