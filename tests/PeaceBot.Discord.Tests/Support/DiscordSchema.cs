using NJsonSchema;

namespace PeaceBot.Discord.Tests.Support;

/// <summary>Validates payloads against a component schema of Discord's OpenAPI description.</summary>
public static class DiscordSchema
{
    private static readonly Lazy<string> Spec = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "specs", "discord-openapi.json")));
    private static readonly Dictionary<string, JsonSchema> Loaded = [];

    public static void AssertValid(string component, JsonNode payload)
    {
        var errors = For(component).Validate(payload.ToJsonString());
        Assert.True(errors.Count == 0, $"{component}: {string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}"))}\n{payload.ToJsonString()}");
    }

    // The spec is JSON Schema 2020-12 (OpenAPI 3.1); NJsonSchema reads draft 4, which spells "const": x as "enum": [x].
    private static void ConstToEnum(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["const"] is { } value && o["enum"] is null)
                {
                    o.Remove("const");
                    o["enum"] = new JsonArray(value.DeepClone());
                }
                foreach (var (_, child) in o.ToList()) ConstToEnum(child);
                break;
            case JsonArray a:
                foreach (var child in a) ConstToEnum(child);
                break;
        }
    }

    private static JsonSchema For(string component)
    {
        lock (Loaded)
        {
            if (Loaded.TryGetValue(component, out var schema)) return schema;
            // NJsonSchema resolves references under "definitions": move the components there, then point at one.
            var schemas = JsonNode.Parse(Spec.Value.Replace("#/components/schemas/", "#/definitions/", StringComparison.Ordinal))!["components"]!["schemas"]!;
            var definitions = schemas.DeepClone();
            ConstToEnum(definitions);
            var root = new JsonObject { ["definitions"] = definitions, ["$ref"] = $"#/definitions/{component}" };
            schema = JsonSchema.FromJsonAsync(root.ToJsonString()).GetAwaiter().GetResult();
            Loaded[component] = schema;
            return schema;
        }
    }
}
