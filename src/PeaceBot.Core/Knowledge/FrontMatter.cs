using PeaceBot.Core.Dates;

namespace PeaceBot.Core.Knowledge;

/// <summary>The YAML header of a knowledge file.</summary>
public sealed record FrontMatter(string Title, KnowledgeKind Kind)
{
    public string? Publisher { get; init; }
    public PartialDate? Published { get; init; }
    public string? Url { get; init; }
    public string? Author { get; init; }
    public string? Note { get; init; }
    /// <summary>Plan id (plans only), e.g. "us-28".</summary>
    public string? PlanId { get; init; }
    public string? PlanName { get; init; }
    /// <summary>Other names articles use for the plan ("European plan").</summary>
    public IReadOnlyList<string> PlanAliases { get; init; } = [];
    /// <summary>The plan answered when /plan point N names none.</summary>
    public bool IsDefaultPlan { get; init; }
}
