namespace PeaceBot.Core.Commands;

public sealed record AskCommand(string Question) : Command
{
    public override string Text => $"/ask {Question}";
}
