using PeaceBot.Adapters.Parsing;
using System.Text.Json;

namespace PeaceBot.Discord.Interactions;

/// <summary>Reads an interaction from its JSON; anything malformed is an error message, never an exception.</summary>
public static class InteractionParser
{
    private const int MaxOptionDepth = 3;

    public static bool TryParse(ReadOnlySpan<byte> body, out Interaction? interaction, out string error)
    {
        interaction = null;
        if (!StrictJson.IsValid(body))
        {
            error = "malformed JSON, invalid UTF-8 or an unreadable string";
            return false;
        }
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 32 });
            using var doc = JsonDocument.ParseValue(ref reader);
            return TryRead(doc.RootElement, out interaction, out error);
        }
        catch (JsonException e)
        {
            error = $"malformed JSON: {e.Message}";
            return false;
        }
    }

    public static bool TryRead(JsonElement root, out Interaction? interaction, out string error)
    {
        interaction = null;
        error = "";
        if (root.ValueKind != JsonValueKind.Object) { error = "expected a JSON object"; return false; }
        if (!root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.Number || !typeElement.TryGetInt32(out var type) || !Enum.IsDefined((InteractionType)type))
        {
            error = "missing or unknown interaction type";
            return false;
        }
        var data = root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
        var member = root.TryGetProperty("member", out var m) && m.ValueKind == JsonValueKind.Object ? m : default;
        var user = member.ValueKind == JsonValueKind.Object && member.TryGetProperty("user", out var mu) ? mu
            : root.TryGetProperty("user", out var u) ? u : default;
        var roles = member.ValueKind == JsonValueKind.Object && member.TryGetProperty("roles", out var r) && r.ValueKind == JsonValueKind.Array
            ? r.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : [];
        interaction = new Interaction(
            Str(root, "id") ?? "",
            Str(root, "application_id") ?? "",
            (InteractionType)type,
            Str(root, "token") ?? "",
            Str(root, "guild_id"),
            user.ValueKind == JsonValueKind.Object ? Str(user, "id") : null,
            member.ValueKind == JsonValueKind.Object ? Str(member, "permissions") : null,
            roles,
            data.ValueKind == JsonValueKind.Object ? Str(data, "name") : null,
            data.ValueKind == JsonValueKind.Object ? Options(data, 0) : [],
            data.ValueKind == JsonValueKind.Object ? Str(data, "custom_id") : null)
        {
            Attachments = data.ValueKind == JsonValueKind.Object ? Attachments(data) : new Dictionary<string, ResolvedAttachment>(),
            MessageComponents = root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.Object
                && message.TryGetProperty("components", out var rows) && rows.ValueKind == JsonValueKind.Array
                ? System.Text.Json.Nodes.JsonNode.Parse(rows.GetRawText()) as System.Text.Json.Nodes.JsonArray : null,
        };
        if (interaction.Type != InteractionType.Ping && (interaction.Id.Length == 0 || interaction.Token.Length == 0))
        {
            error = "interaction without id or token";
            interaction = null;
            return false;
        }
        return true;
    }

    private static List<CommandOption> Options(JsonElement parent, int depth)
    {
        if (depth > MaxOptionDepth || !parent.TryGetProperty("options", out var options) || options.ValueKind != JsonValueKind.Array) return [];
        var list = new List<CommandOption>();
        foreach (var o in options.EnumerateArray())
        {
            if (o.ValueKind != JsonValueKind.Object || Str(o, "name") is not { } name) continue;
            var type = o.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.Number && t.TryGetInt32(out var ti) ? ti : 0;
            JsonElement? value = o.TryGetProperty("value", out var v) ? v.Clone() : null;
            var focused = o.TryGetProperty("focused", out var f) && f.ValueKind == JsonValueKind.True;
            list.Add(new CommandOption(name, type, value, focused, Options(o, depth + 1)));
        }
        return list;
    }

    /// <summary><c>data.resolved.attachments</c>: only entries with a file name and an absolute https (or, for tests, http) url.</summary>
    private static Dictionary<string, ResolvedAttachment> Attachments(JsonElement data)
    {
        var found = new Dictionary<string, ResolvedAttachment>(StringComparer.Ordinal);
        if (!data.TryGetProperty("resolved", out var resolved) || resolved.ValueKind != JsonValueKind.Object
            || !resolved.TryGetProperty("attachments", out var attachments) || attachments.ValueKind != JsonValueKind.Object)
            return found;
        foreach (var entry in attachments.EnumerateObject())
        {
            if (found.Count >= 10) break;
            var a = entry.Value;
            if (a.ValueKind != JsonValueKind.Object || Str(a, "filename") is not { Length: > 0 } name
                || !Uri.TryCreate(Str(a, "url"), UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
                continue;
            long? size = a.TryGetProperty("size", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt64(out var n) ? n : null;
            found[entry.Name] = new ResolvedAttachment(name, url, size, Str(a, "content_type"));
        }
        return found;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
