using PeaceBot.Core.Dates;

namespace PeaceBot.Core.Answers;

/// <summary>
/// One cited snippet. <see cref="Text"/> is always a verbatim slice of the source file.
/// Fields that do not apply to the command are null.
/// </summary>
public sealed record AnswerResult(string Text, SourceInfo Source)
{
    public string? Speaker { get; init; }
    public PartialDate? Date { get; init; }
    /// <summary>Plan id (e.g. "us-28") for plan points and passages that discuss one.</summary>
    public string? Plan { get; init; }
    public string? PlanName { get; init; }
    public int? Point { get; init; }
    /// <summary>Relevance score of the search that found it (0 where not ranked).</summary>
    public float Score { get; init; }
}
