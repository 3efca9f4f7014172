using System.Text.Json.Nodes;

namespace PeaceBot.Discord.Registration;

/// <summary>
/// Compares the registered commands with the ones about to be sent. A command counts as updated when its description
/// or its option tree (names, types, required, autocomplete) differs; Discord's extra response fields are ignored.
/// </summary>
public static class CommandDiff
{
    public static CommandChanges Compare(JsonArray current, JsonArray wanted)
    {
        var before = current.OfType<JsonObject>().Where(c => c["name"] is not null).ToDictionary(c => (string)c["name"]!, Signature);
        var after = wanted.OfType<JsonObject>().ToDictionary(c => (string)c["name"]!, Signature);
        return new CommandChanges(
            after.Keys.Where(k => !before.ContainsKey(k)).Order().ToList(),
            after.Keys.Where(k => before.TryGetValue(k, out var b) && b != after[k]).Order().ToList(),
            before.Keys.Where(k => !after.ContainsKey(k)).Order().ToList(),
            after.Keys.Where(k => before.TryGetValue(k, out var b) && b == after[k]).Order().ToList());
    }

    private static string Signature(JsonObject command) =>
        $"{Text(command["description"])}|{Text(command["default_member_permissions"])}|{Options(command["options"] as JsonArray)}";

    private static string Options(JsonArray? options) => options is null
        ? ""
        : string.Join(",", options.OfType<JsonObject>().Select(o =>
            $"{Text(o["name"])}:{Text(o["type"])}:{Flag(o["required"])}:{Flag(o["autocomplete"])}:{Text(o["description"])}[{Options(o["options"] as JsonArray)}]"));

    private static string Text(JsonNode? node) => node?.ToString() ?? "";
    private static bool Flag(JsonNode? node) => node is JsonValue v && v.TryGetValue<bool>(out var b) && b;
}
