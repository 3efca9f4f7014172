namespace PeaceBot.Core.Commands;

/// <summary>A form of /plan: the list of plans, or one point of a plan.</summary>
public abstract record PlanCommand : Command;
