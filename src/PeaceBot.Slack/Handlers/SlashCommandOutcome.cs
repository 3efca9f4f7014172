using System.Text.Json.Nodes;

namespace PeaceBot.Slack.Handlers;

/// <summary>How a slash command was handled: refused (bad input), answered inline, or acknowledged with the answer to follow.</summary>
internal sealed record SlashCommandOutcome(string? Error, JsonObject? InlineReply)
{
    public static SlashCommandOutcome Invalid(string error) => new(error, null);
    public static SlashCommandOutcome Inline(JsonObject reply) => new(null, reply);
    public static SlashCommandOutcome Deferred { get; } = new(null, null);
}
