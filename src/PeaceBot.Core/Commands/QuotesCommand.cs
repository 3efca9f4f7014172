namespace PeaceBot.Core.Commands;

/// <param name="Person">A speaker's name, any spelling the aliases know.</param>
/// <param name="Topic">Words the quotes must be about, or null for all of the person's quotes.</param>
public sealed record QuotesCommand(string Person, string? Topic) : Command
{
    public override string Text => Topic is null ? $"/quotes {Person}" : $"/quotes {Person} about {Topic}";
}
