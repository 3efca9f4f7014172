namespace PeaceBot.Core.Commands;

/// <param name="Plan">What the user typed to name the plan (id or part of its name), null for the default plan.</param>
public sealed record PlanPointCommand(int Point, string? Plan) : PlanCommand
{
    public override string Text => Plan is null ? $"/plan point {Point}" : $"/plan point {Point} {Plan}";
}
