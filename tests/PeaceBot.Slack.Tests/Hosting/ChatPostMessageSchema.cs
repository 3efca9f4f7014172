using System.Text.Json.Nodes;
using NJsonSchema;

namespace PeaceBot.Slack.Tests.Hosting;

/// <summary>
/// The chat.postMessage arguments from Slack's published (Swagger 2.0) spec, as a JSON Schema: every formData
/// parameter with its type, <c>channel</c> required, nothing else allowed. The spec types blocks/attachments as
/// strings because form posts carry them URL-encoded; a JSON body carries them as arrays, so both are accepted.
/// </summary>
public static class ChatPostMessageSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Build);

    public static ICollection<NJsonSchema.Validation.ValidationError> Validate(string json) => Schema.Value.Validate(json);

    public static IReadOnlyList<string> ParameterNames()
    {
        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "specs", "slack-chat-postMessage.json")))!;
        return spec["paths"]!["/chat.postMessage"]!["post"]!["parameters"]!.AsArray()
            .Where(p => p!["in"]!.ToString() == "formData").Select(p => p!["name"]!.ToString()).ToList();
    }

    private static JsonSchema Build()
    {
        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "specs", "slack-chat-postMessage.json")))!;
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var p in spec["paths"]!["/chat.postMessage"]!["post"]!["parameters"]!.AsArray())
        {
            if (p!["in"]!.ToString() != "formData") continue;
            var name = p["name"]!.ToString();
            var type = p["type"]!.ToString();
            properties[name] = name is "blocks" or "attachments"
                ? new JsonObject { ["type"] = new JsonArray("string", "array") }
                : new JsonObject { ["type"] = type };
            if (p["required"]?.GetValue<bool>() == true) required.Add(name);
        }
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = required,
            ["additionalProperties"] = false,
        };
        return JsonSchema.FromJsonAsync(schema.ToJsonString()).GetAwaiter().GetResult();
    }
}
