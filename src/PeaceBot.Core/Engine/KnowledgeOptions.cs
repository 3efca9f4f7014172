namespace PeaceBot.Core.Engine;

/// <summary>How the knowledge service reads and indexes a folder.</summary>
public sealed record KnowledgeOptions
{
    /// <summary>Files processed at once on a reload (extraction is CPU-bound).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}
