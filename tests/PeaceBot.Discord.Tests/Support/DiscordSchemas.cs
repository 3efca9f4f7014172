using System.Text.Json.Nodes;
using NJsonSchema;

namespace PeaceBot.Discord.Tests.Support;

/// <summary>
/// Validates payloads against schemas from Discord's OpenAPI 3.1 spec (a subset copied into specs/, see its "info").
/// Before NJsonSchema sees a schema, its $refs are inlined and 3.1's "const" becomes a one-value "enum"
/// (NJsonSchema ignores "const", which would make every oneOf branch match and fail).
/// </summary>
internal static class DiscordSchemas
{
    private static readonly JsonObject Schemas = LoadSchemas();
    private static readonly Dictionary<string, JsonSchema> Cache = new();

    public static void AssertValid(string schemaName, JsonNode payload)
    {
        var errors = Get(schemaName).Validate(payload.ToJsonString());
        Assert.True(errors.Count == 0, $"{schemaName}: {string.Join("; ", errors.Select(e => e.ToString()))}\n{payload.ToJsonString()}");
    }

    private static JsonSchema Get(string name)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(name, out var cached)) return cached;
            var inlined = Prepare(Schemas[name]!, [name]);
            var schema = JsonSchema.FromJsonAsync(inlined.ToJsonString()).GetAwaiter().GetResult();
            Cache[name] = schema;
            return schema;
        }
    }

    private static JsonNode Prepare(JsonNode node, HashSet<string> path)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue reference)
                {
                    var target = ((string)reference!).Split('/')[^1];
                    // A recursive schema is cut at the repeat: accepting anything there rather than looping.
                    if (!path.Add(target)) return new JsonObject();
                    var resolved = Prepare(Schemas[target]!, path);
                    path.Remove(target);
                    return resolved;
                }
                var copy = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    if (key == "const") copy["enum"] = new JsonArray(value?.DeepClone());
                    else copy[key] = value is null ? null : Prepare(value, path);
                }
                return copy;
            case JsonArray array:
                return new JsonArray(array.Select(item => item is null ? null : Prepare(item, path)).ToArray());
            default:
                return node.DeepClone();
        }
    }

    private static JsonObject LoadSchemas()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "specs", "discord-schemas.json");
        return JsonNode.Parse(File.ReadAllText(path))!["components"]!["schemas"]!.AsObject();
    }
}
