namespace PeaceBot.Core.Commands;

/// <param name="Topic">What the plans are compared on ("NATO", "army size"), as typed.</param>
public sealed record PlanCompareCommand(string Topic) : PlanCommand
{
    public override string Text => $"/plan compare {Topic}";
}
