using System.Text.Json.Nodes;

namespace PeaceBot.Discord.Tests.Support;

/// <summary>Builds interaction payloads shaped like Discord's.</summary>
internal static class Payloads
{
    public static string Command(string name, string? subcommand = null, JsonArray? options = null, string permissions = "0", string[]? roles = null)
    {
        var data = new JsonObject { ["id"] = "42", ["name"] = name, ["type"] = 1 };
        if (subcommand is not null)
            data["options"] = new JsonArray { new JsonObject { ["name"] = subcommand, ["type"] = 1, ["options"] = options ?? [] } };
        else if (options is not null)
            data["options"] = options;
        return Envelope(2, data, permissions, roles);
    }

    public static string Autocomplete(string name, string? subcommand, JsonArray options) =>
        Command(name, subcommand, options).Replace("\"type\":2,", "\"type\":4,", StringComparison.Ordinal);

    public static string Button(string customId) =>
        Envelope(3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }, "0", null);

    public static JsonObject Option(string name, JsonNode value, int type = 3, bool focused = false)
    {
        var o = new JsonObject { ["name"] = name, ["type"] = type, ["value"] = value };
        if (focused) o["focused"] = true;
        return o;
    }

    private static string Envelope(int type, JsonObject data, string permissions, string[]? roles) => new JsonObject
    {
        ["type"] = type,
        ["id"] = "900000000000000001",
        ["application_id"] = DiscordTestHost.ApplicationId,
        ["token"] = "interaction-token-abc",
        ["guild_id"] = "700000000000000001",
        ["channel_id"] = "800000000000000001",
        ["member"] = new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = "600000000000000001", ["username"] = "member" },
            ["roles"] = new JsonArray((roles ?? []).Select(r => (JsonNode)JsonValue.Create(r)!).ToArray()),
            ["permissions"] = permissions,
        },
        ["locale"] = "en-US",
        ["context"] = 0,
        ["data"] = data,
    }.ToJsonString();
}
