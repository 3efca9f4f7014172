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
    string? CustomId)
{
    /// <summary>The files uploaded with a command (<c>data.resolved.attachments</c>), by attachment id.</summary>
    public IReadOnlyDictionary<string, ResolvedAttachment> Attachments { get; init; } = new Dictionary<string, ResolvedAttachment>();

    /// <summary>For a button click: the clicked message's component rows (<c>message.components</c>), or null.</summary>
    public System.Text.Json.Nodes.JsonArray? MessageComponents { get; init; }
}
