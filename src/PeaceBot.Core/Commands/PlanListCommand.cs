namespace PeaceBot.Core.Commands;

public sealed record PlanListCommand : Command
{
    public override string Text => "/plan list";
}
