namespace PeaceBot.Core.Commands;

public sealed record WhoSaidCommand(string Words) : Command
{
    public override string Text => $"/who said {Words}";
}
