using System.Text.Json;
using System.Text.Json.Serialization;

namespace PeaceBot.Slack.Rendering;

/// <summary>What a "More" / "Post to channel" button carries: the command, the page to show and where it goes.</summary>
internal sealed record ButtonValue(
    [property: JsonPropertyName("c")] string Command,
    [property: JsonPropertyName("p")] int Page,
    [property: JsonPropertyName("pub")] bool InChannel)
{
    public string Serialize() => JsonSerializer.Serialize(this);

    public static ButtonValue? TryParse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        try
        {
            var parsed = JsonSerializer.Deserialize<ButtonValue>(value);
            return parsed is { Command.Length: > 0, Page: >= 1 and <= 1000 } ? parsed : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
