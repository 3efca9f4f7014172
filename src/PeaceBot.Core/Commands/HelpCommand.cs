namespace PeaceBot.Core.Commands;

public sealed record HelpCommand : Command
{
    public override string Text => "/help";
}
