namespace PeaceBot.Discord.Interactions;

/// <summary>The parts of an interaction PeaceBot reads.</summary>
public sealed record Interaction(
    string Id,
    string ApplicationId,
    InteractionType Type,
    string Token,
    string? GuildId,
    string? UserId,
    string? Permissions,
    IReadOnlyList<string> Roles,
    string? CommandName,
    IReadOnlyList<CommandOption> Options,
    string? CustomId);
