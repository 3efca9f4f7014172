namespace PeaceBot.Discord.Commands;

/// <summary>A top-level slash command: either a single <see cref="Leaf"/> or a list of <see cref="Subcommands"/>.</summary>
public sealed record CommandDefinition(string Name, string Description)
{
    public CommandLeaf? Leaf { get; init; }
    public IReadOnlyList<CommandLeaf> Subcommands { get; init; } = [];

    /// <summary>Hidden from members without MANAGE_GUILD by default; the core still checks.</summary>
    public bool ModeratorOnly { get; init; }

    public CommandLeaf? Find(string? subcommand) =>
        subcommand is null ? Leaf : Subcommands.FirstOrDefault(s => s.Name == subcommand);
}
