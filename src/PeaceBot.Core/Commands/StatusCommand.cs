namespace PeaceBot.Core.Commands;

/// <summary>Moderators only: what the knowledge holds and its current problems.</summary>
public sealed record StatusCommand : Command
{
    public override string Text => "/status";
}
