namespace PeaceBot.Core.Commands;

public sealed record PlanListCommand : PlanCommand
{
    public override string Text => "/plan list";
}
