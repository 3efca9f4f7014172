using System.Text.Json.Nodes;

namespace PeaceBot.Discord.Commands;

/// <summary>The command set as the JSON array <c>PUT /applications/{id}/commands</c> takes.</summary>
public static class CommandRegistrationJson
{
    public static JsonArray Build()
    {
        var array = new JsonArray();
        foreach (var c in DiscordCommandSet.All)
        {
            var o = new JsonObject
            {
                ["name"] = c.Name,
                ["type"] = 1,
                ["description"] = c.Description,
                ["options"] = Options(c.Options),
                ["contexts"] = new JsonArray(0, 1, 2),
            };
            if (c.ModeratorsOnly) o["default_member_permissions"] = 32; // Manage Server
            array.Add(o);
        }
        return array;
    }

    private static JsonArray Options(IReadOnlyList<OptionDefinition> options)
    {
        var array = new JsonArray();
        foreach (var o in options.OrderByDescending(o => o.Required))
        {
            var j = new JsonObject { ["type"] = (int)o.Kind, ["name"] = o.Name, ["description"] = o.Description };
            if (o.Kind != OptionKind.SubCommand) j["required"] = o.Required;
            if (o.Autocomplete != Core.Commands.AutocompleteSource.None) j["autocomplete"] = true;
            if (o.MinValue is { } min) j["min_value"] = min;
            if (o.MaxLength is { } max) j["max_length"] = max;
            if (o.Options.Count > 0) j["options"] = Options(o.Options);
            array.Add(j);
        }
        return array;
    }
}
