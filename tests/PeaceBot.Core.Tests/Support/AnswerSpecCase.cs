namespace PeaceBot.Core.Tests.Support;

/// <summary>One case of a golden answer spec: a command, the knowledge it runs on, and what the answer must show.</summary>
public sealed record AnswerSpecCase(string File, int Line, string Title, string Knowledge, string Command, IReadOnlyList<(string Key, string Value)> Expectations)
{
    public override string ToString() => $"{File}:{Line} {Title}";
}
