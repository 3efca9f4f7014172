using System.Text.Json;

namespace PeaceBot.Discord.Interactions;

/// <summary>The parts of an interaction payload the adapter uses. Option values keep their JSON type.</summary>
public sealed record IncomingInteraction(int Type, string Id, string Token)
{
    public string? UserId { get; init; }
    /// <summary>member.permissions as sent (a decimal bitfield string); null outside guilds.</summary>
    public string? MemberPermissions { get; init; }
    public IReadOnlyList<string> RoleIds { get; init; } = [];
    public string? CommandName { get; init; }
    public string? SubcommandName { get; init; }
    public IReadOnlyDictionary<string, JsonElement> Options { get; init; } = new Dictionary<string, JsonElement>();
    public string? FocusedOption { get; init; }
    public string? CustomId { get; init; }
}
