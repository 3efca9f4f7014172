namespace PeaceBot.Core.Answers;

/// <summary>Where a snippet comes from. <see cref="File"/> is relative to the knowledge folder, with '/' separators.</summary>
public sealed record SourceInfo(
    string File,
    string Title,
    string? Publisher = null,
    string? Published = null,
    string? Url = null,
    string? Author = null);
