using System.Text;
using System.Text.Json.Nodes;
using PeaceBot.Core.Commands;
using PeaceBot.Discord.Commands;
using PeaceBot.Discord.Interactions;
using PeaceBot.Discord.Tests.Support;

namespace PeaceBot.Discord.Tests.Commands;

/// <summary>Every command the core declares is registered with Discord and routes back to the same core command.</summary>
public sealed class DeclaredCommandsTests
{
    public static TheoryData<string, int> Forms()
    {
        var data = new TheoryData<string, int>();
        foreach (var m in CommandCatalog.All)
            for (var i = 0; i < m.Forms.Count; i++) data.Add(m.Name, i);
        return data;
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Each_declared_form_is_registered_and_routes_to_its_command(string name, int formIndex)
    {
        var module = CommandCatalog.Find(name)!;
        var form = module.Forms[formIndex];
        var registered = CommandRegistrationJson.Build().Single(c => (string)c!["name"]! == name)!;
        Assert.Equal(module.ModeratorOnly, registered["default_member_permissions"] is not null);

        // Every argument filled, as a user would through Discord's form.
        string Value(CommandArgument a) => a.Kind == ArgumentKind.Integer ? "7" : "plan";
        var args = new JsonArray();
        var attachments = new JsonObject();
        foreach (var a in form.Arguments)
        {
            if (a.Kind == ArgumentKind.Attachment)
            {
                // An upload: the option holds its id, data.resolved.attachments the file.
                args.Add(new JsonObject { ["name"] = a.Name, ["type"] = 11, ["value"] = "555" });
                attachments["555"] = new JsonObject { ["id"] = "555", ["filename"] = "plan.md", ["url"] = "https://cdn.discordapp.com/attachments/1/555/plan.md", ["size"] = 120 };
                continue;
            }
            args.Add(new JsonObject { ["name"] = a.Name, ["type"] = a.Kind == ArgumentKind.Integer ? 4 : 3, ["value"] = a.Kind == ArgumentKind.Integer ? JsonValue.Create(7) : JsonValue.Create("plan") });
        }
        var options = form.Sub is null || module.Forms is [{ Sub: null }]
            ? args
            : new JsonArray(new JsonObject { ["name"] = form.Sub, ["type"] = 1, ["options"] = args });
        var registeredOptions = form.Sub is null ? registered["options"]!.AsArray() : registered["options"]!.AsArray().Single(o => (string)o!["name"]! == form.Sub)!["options"]?.AsArray() ?? [];
        foreach (var a in form.Arguments)
        {
            var option = registeredOptions.Single(o => (string)o!["name"]! == a.Name)!;
            Assert.Equal(a.Required, (bool)option["required"]!);
            Assert.Equal(a.Kind switch { ArgumentKind.Integer => 4, ArgumentKind.Attachment => 11, _ => 3 }, (int)option["type"]!);
            Assert.Equal(a.Autocomplete != AutocompleteSource.None, option["autocomplete"] is not null);
        }
        Assert.Equal(module.Visibility == CommandVisibility.FrontEndDefault, registeredOptions.Any(o => (string)o!["name"]! == "private"));

        var interactionJson = JsonNode.Parse(DiscordTestHost.Command(name, options.ToJsonString()))!;
        if (attachments.Count > 0) interactionJson["data"]!["resolved"] = new JsonObject { ["attachments"] = attachments };
        var json = interactionJson.ToJsonString();
        Assert.True(InteractionParser.TryParse(Encoding.UTF8.GetBytes(json), out var interaction, out var error), error);
        var built = ChatTextBuilder.Build(interaction!);
        Assert.Null(built.Error);
        Assert.Equal(form.ChatText(name, n => form.Arguments.Where(a => a.Name == n).Select(Value).FirstOrDefault()), built.Text);
        var parsed = CommandParser.Parse(built.Text);
        Assert.True(parsed.IsValid, parsed.Error);
        Assert.Same(module, CommandCatalog.For(parsed.Command!));
        Assert.Equal(form.Arguments.Where(a => a.Kind == ArgumentKind.Attachment).Select(a => (a.Name, "plan.md")), built.Attachments.Select(f => (f.Option, f.FileName)));
    }

    [Fact]
    public void Every_declared_command_is_registered_once()
    {
        Assert.Equal(CommandCatalog.All.Select(m => m.Name), CommandRegistrationJson.Build().Select(c => (string)c!["name"]!));
    }
}
