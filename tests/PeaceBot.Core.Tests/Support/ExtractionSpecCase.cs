namespace PeaceBot.Core.Tests.Support;

/// <summary>One case of an extraction spec: a text (with its publication date), and the expected "a | b" lines.</summary>
public sealed record ExtractionSpecCase(string File, int Line, string Title, string? Published, string Input, IReadOnlyList<string> Expected)
{
    public override string ToString() => $"{File}:{Line} {Title}";
}
