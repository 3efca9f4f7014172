using PeaceBot.Core.Commands;

namespace PeaceBot.Discord.Commands;

/// <param name="ModeratorsOnly">Hidden from members without Manage Server (Discord's default_member_permissions).</param>
public sealed record CommandDefinition(string Name, string Description, IReadOnlyList<OptionDefinition> Options, bool ModeratorsOnly = false)
{
    /// <summary>The core command it stands for.</summary>
    public required CommandModule Module { get; init; }
}
