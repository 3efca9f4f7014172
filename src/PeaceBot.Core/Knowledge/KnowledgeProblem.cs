namespace PeaceBot.Core.Knowledge;

/// <summary>A problem in a knowledge file, reported as <c>file:line: message</c> (file relative to the knowledge folder).</summary>
public sealed record KnowledgeProblem(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
