namespace PeaceBot.Core.Commands;

/// <param name="Query">A month, month and year, YYYY-MM, a year, or topic words (or a period plus topic words).</param>
public sealed record TimelineCommand(string Query) : Command
{
    public override string Text => $"/timeline {Query}";
}
