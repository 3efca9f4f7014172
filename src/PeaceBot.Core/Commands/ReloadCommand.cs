namespace PeaceBot.Core.Commands;

/// <summary>Moderators only: re-index the knowledge folder now.</summary>
public sealed record ReloadCommand : Command
{
    public override string Text => "/reload";
}
