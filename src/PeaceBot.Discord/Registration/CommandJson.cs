using System.Text.Json.Nodes;
using PeaceBot.Discord.Commands;

namespace PeaceBot.Discord.Registration;

/// <summary>The bulk-overwrite body for <c>PUT /applications/{id}/commands</c>, generated from <see cref="CommandCatalog"/>.</summary>
public static class CommandJson
{
    /// <summary>MANAGE_GUILD; sent as an integer as Discord's OpenAPI spec types it (the API accepts both forms).</summary>
    private const long ModeratorPermissions = 1 << 5;

    public static JsonArray Build() => new(CommandCatalog.All.Select(c => (JsonNode)Command(c)).ToArray());

    private static JsonObject Command(CommandDefinition command)
    {
        var json = new JsonObject
        {
            ["name"] = command.Name,
            ["type"] = 1,
            ["description"] = command.Description,
            ["options"] = command.Leaf is { } leaf
                ? Parameters(leaf)
                : new JsonArray(command.Subcommands.Select(s => (JsonNode)new JsonObject
                {
                    ["type"] = OptionType.SubCommand,
                    ["name"] = s.Name,
                    ["description"] = s.Description,
                    ["options"] = Parameters(s),
                }).ToArray()),
        };
        if (command.ModeratorOnly) json["default_member_permissions"] = ModeratorPermissions;
        return json;
    }

    private static JsonArray Parameters(CommandLeaf leaf)
    {
        var options = new JsonArray();
        // Discord requires required options before optional ones.
        foreach (var p in leaf.Parameters.OrderByDescending(p => p.Required))
        {
            var o = new JsonObject { ["type"] = p.Type, ["name"] = p.Name, ["description"] = p.Description, ["required"] = p.Required };
            if (p.Suggest != SuggestionSource.None) o["autocomplete"] = true;
            if (p.MinValue is { } min) o["min_value"] = min;
            if (p.MaxLength is { } max) o["max_length"] = max;
            options.Add(o);
        }
        options.Add(new JsonObject
        {
            ["type"] = OptionType.Boolean,
            ["name"] = CommandCatalog.PrivateOption,
            ["description"] = "Only you see the answer",
            ["required"] = false,
        });
        return options;
    }
}
