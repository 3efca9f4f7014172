using System.Text.Json.Nodes;

namespace PeaceBot.Slack.Handlers;

/// <summary>How a slash command was handled: refused (bad input or a replay), answered inline, or acknowledged with the answer to follow.</summary>
internal sealed record SlashCommandOutcome(string? Error, JsonObject? InlineReply, bool Replayed = false)
{
    public static SlashCommandOutcome Invalid(string error) => new(error, null);
    public static SlashCommandOutcome Inline(JsonObject reply) => new(null, reply);
    public static SlashCommandOutcome Replay { get; } = new("this command was already answered (replayed request)", null, true);
    public static SlashCommandOutcome Deferred { get; } = new(null, null);
}
