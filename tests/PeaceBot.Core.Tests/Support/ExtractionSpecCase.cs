namespace PeaceBot.Core.Tests.Support;

/// <summary>One case of an extraction spec: a text (with its publication date and an optional <c>mode:</c>, such as
/// <c>transcript</c>), and the expected "a | b" lines.</summary>
public sealed record ExtractionSpecCase(string File, int Line, string Title, string? Published, string Input, IReadOnlyList<string> Expected, string? Mode = null)
{
    public override string ToString() => $"{File}:{Line} {Title}";
}
