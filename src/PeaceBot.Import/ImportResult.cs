using PeaceBot.Import.Preview;

namespace PeaceBot.Import;

/// <summary>How an import ended: a file written (or, on a dry run, that would be), or a refusal with its reason.</summary>
public sealed record ImportResult
{
    public string? Refusal { get; init; }
    /// <summary>The file's name in the import folder.</summary>
    public string? FileName { get; init; }
    public string? FullPath { get; init; }
    /// <summary>True when an earlier import of the same address was rewritten.</summary>
    public bool Replaced { get; init; }
    public bool DryRun { get; init; }
    public string? FileText { get; init; }
    public ImportPreview? Preview { get; init; }

    public bool Succeeded => Refusal is null;

    public static ImportResult Refused(string reason) => new() { Refusal = reason };
}
