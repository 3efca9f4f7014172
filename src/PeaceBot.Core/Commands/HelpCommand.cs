namespace PeaceBot.Core.Commands;

/// <param name="Topic">The command to explain (its name or an alias, no slash), or null for the list of commands.</param>
public sealed record HelpCommand(string? Topic = null) : Command
{
    public override string Text => Topic is null ? "/help" : $"/help {Topic}";
}
