using System.Text.Json.Nodes;

namespace PeaceBot.Slack.Tests.Fakes;

/// <summary>One request the bot made to the fake Slack.</summary>
public sealed record RecordedCall(string Path, string? Authorization, string? ContentType, string Body)
{
    public JsonObject Json => (JsonObject)JsonNode.Parse(Body)!;
}
