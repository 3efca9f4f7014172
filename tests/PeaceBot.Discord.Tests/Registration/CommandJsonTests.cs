using System.Text.Json.Nodes;
using PeaceBot.Discord.Commands;
using PeaceBot.Discord.Registration;
using PeaceBot.Discord.Tests.Support;

namespace PeaceBot.Discord.Tests.Registration;

public class CommandJsonTests
{
    [Fact]
    public void Every_command_is_a_valid_bulk_overwrite_item()
    {
        var commands = CommandJson.Build();
        Assert.Equal(CommandCatalog.All.Count, commands.Count);
        foreach (var command in commands) DiscordSchemas.AssertValid("ApplicationCommandUpdateRequest", command!);
    }

    [Fact]
    public void Names_follow_discords_rules_and_required_options_come_first()
    {
        foreach (var command in CommandJson.Build().Select(c => c!.AsObject()))
        {
            Assert.Matches("^[-_a-z0-9]{1,32}$", (string)command["name"]!);
            foreach (var leaf in Leaves(command))
            {
                var required = leaf.Select(o => (bool)o!["required"]!).ToList();
                Assert.Equal(required.OrderByDescending(r => r), required);
                Assert.Equal("private", (string)leaf.Last()!["name"]!);
            }
        }
    }

    [Fact]
    public void The_endpoint_routes_exactly_what_is_registered()
    {
        var registered = CommandJson.Build().Select(c => c!.AsObject())
            .SelectMany(c => c["options"]!.AsArray().Any(o => (int)o!["type"]! == 1)
                ? c["options"]!.AsArray().Select(s => $"{c["name"]} {s!["name"]}")
                : [(string)c["name"]!]);
        var routed = CommandCatalog.All.SelectMany(c => c.Leaf is not null ? [c.Name] : c.Subcommands.Select(s => $"{c.Name} {s.Name}"));
        Assert.Equal(routed.Order(), registered.Order());
    }

    [Fact]
    public void Moderator_commands_are_hidden_behind_manage_guild()
    {
        var byName = CommandJson.Build().ToDictionary(c => (string)c!["name"]!, c => c!["default_member_permissions"]);
        Assert.Equal(32L, (long)byName["reload"]!);
        Assert.Equal(32L, (long)byName["status"]!);
        Assert.Null(byName["ask"]);
    }

    private static IEnumerable<JsonArray> Leaves(JsonObject command)
    {
        var options = command["options"]!.AsArray();
        return options.Any(o => (int)o!["type"]! == 1) ? options.Select(s => s!["options"]!.AsArray()) : [options];
    }
}
