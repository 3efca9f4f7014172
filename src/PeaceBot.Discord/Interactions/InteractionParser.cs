using System.Text.Json;

namespace PeaceBot.Discord.Interactions;

/// <summary>Reads a (signature-checked) interaction body; any shape it does not understand is a clear error, never an exception.</summary>
public static class InteractionParser
{
    public static bool TryParse(ReadOnlySpan<byte> body, out IncomingInteraction? interaction, out string error)
    {
        interaction = null;
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 16 });
            using var doc = JsonDocument.ParseValue(ref reader);
            return TryRead(doc.RootElement, out interaction, out error);
        }
        catch (JsonException)
        {
            error = "body is not valid JSON";
            return false;
        }
    }

    private static bool TryRead(JsonElement root, out IncomingInteraction? interaction, out string error)
    {
        interaction = null;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.Number || !typeElement.TryGetInt32(out var type))
        {
            error = "interaction has no integer 'type'";
            return false;
        }
        if (type == InteractionType.Ping)
        {
            interaction = new IncomingInteraction(type, Str(root, "id") ?? "", Str(root, "token") ?? "");
            error = "";
            return true;
        }
        var id = Str(root, "id");
        var token = Str(root, "token");
        if (id is null || token is null)
        {
            error = "interaction lacks 'id' or 'token'";
            return false;
        }

        string? userId = null, permissions = null;
        var roles = new List<string>();
        if (root.TryGetProperty("member", out var member) && member.ValueKind == JsonValueKind.Object)
        {
            permissions = Str(member, "permissions");
            if (member.TryGetProperty("user", out var mu) && mu.ValueKind == JsonValueKind.Object) userId = Str(mu, "id");
            if (member.TryGetProperty("roles", out var r) && r.ValueKind == JsonValueKind.Array)
                roles.AddRange(r.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
        }
        if (userId is null && root.TryGetProperty("user", out var user) && user.ValueKind == JsonValueKind.Object) userId = Str(user, "id");

        var result = new IncomingInteraction(type, id, token) { UserId = userId, MemberPermissions = permissions, RoleIds = roles };
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            interaction = result;
            error = "";
            return true;
        }

        string? subcommand = null, focused = null;
        var options = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (data.TryGetProperty("options", out var opts) && opts.ValueKind == JsonValueKind.Array)
        {
            var list = opts;
            var first = opts.EnumerateArray().FirstOrDefault();
            if (first.ValueKind == JsonValueKind.Object && first.TryGetProperty("type", out var ft) && ft.ValueKind == JsonValueKind.Number && ft.TryGetInt32(out var fti) && fti == 1)
            {
                subcommand = Str(first, "name");
                list = first.TryGetProperty("options", out var nested) && nested.ValueKind == JsonValueKind.Array ? nested : default;
            }
            if (list.ValueKind == JsonValueKind.Array)
                foreach (var o in list.EnumerateArray())
                {
                    if (o.ValueKind != JsonValueKind.Object || Str(o, "name") is not { } name || !o.TryGetProperty("value", out var value)) continue;
                    options[name] = value.Clone();
                    if (o.TryGetProperty("focused", out var f) && f.ValueKind == JsonValueKind.True) focused = name;
                }
        }

        interaction = result with
        {
            CommandName = Str(data, "name"),
            SubcommandName = subcommand,
            Options = options,
            FocusedOption = focused,
            CustomId = Str(data, "custom_id"),
        };
        error = "";
        return true;
    }

    private static string? Str(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
