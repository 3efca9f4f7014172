using PeaceBot.Core.Answers;
using PeaceBot.Discord.Commands;
using PeaceBot.Discord.Tests.Support;

namespace PeaceBot.Discord.Tests;

public sealed class CommandTests
{
    [Theory]
    [InlineData("who", "[{\"name\":\"said\",\"type\":1,\"options\":[{\"name\":\"quote\",\"type\":3,\"value\":\"trade land\"}]}]", "/who said trade land")]
    [InlineData("plan", "[{\"name\":\"point\",\"type\":1,\"options\":[{\"name\":\"number\",\"type\":4,\"value\":27},{\"name\":\"plan\",\"type\":3,\"value\":\"20-point\"}]}]", "/plan point 27 20-point")]
    [InlineData("plan", "[{\"name\":\"list\",\"type\":1,\"options\":[]}]", "/plan list")]
    [InlineData("timeline", "[{\"name\":\"when\",\"type\":3,\"value\":\"august 2025\"}]", "/timeline august 2025")]
    [InlineData("ask", "[{\"name\":\"question\",\"type\":3,\"value\":\"who leads the talks?\"}]", "/ask who leads the talks?")]
    [InlineData("sources", "[]", "/sources")]
    [InlineData("help", "[]", "/help")]
    public async Task Each_command_reaches_the_core_as_chat_text_and_answers_with_a_valid_message(string name, string options, string text)
    {
        await using var host = await DiscordTestHost.StartAsync();
        var response = await host.InteractAsync(DiscordTestHost.Command(name, options));

        Assert.Equal(4, (int)response["type"]!);
        var request = Assert.Single(host.Core.Requests);
        Assert.Equal(text, request.Text);
        Assert.Equal("discord", request.FrontEnd);
        Assert.Equal("u1", request.UserId);
        DiscordSchema.AssertValid("CreateMessageInteractionCallbackRequest", response);
        var data = response["data"]!;
        Assert.Empty(data["allowed_mentions"]!["parse"]!.AsArray());
        var embed = data["embeds"]![0]!;
        Assert.Equal("We will not trade land for promises.", (string)embed["description"]!);
        Assert.Contains("Maria Kovalenko", (string)embed["title"]!);
        Assert.Equal("https://example.org/a", (string)embed["url"]!);
        Assert.Contains("Example News", (string)embed["footer"]!["text"]!);
    }

    [Fact]
    public async Task Private_answers_are_ephemeral()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var response = await host.InteractAsync(DiscordTestHost.Command("sources", "[{\"name\":\"private\",\"type\":5,\"value\":true}]"));
        Assert.Equal(64, (int)response["data"]!["flags"]!);
    }

    [Theory]
    [InlineData("32", true)]
    [InlineData("8", true)]
    [InlineData("2048", false)]
    public async Task Manage_server_makes_a_moderator(string permissions, bool moderator)
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.InteractAsync(DiscordTestHost.Command("status", "[]", permissions));
        Assert.Equal(moderator, Assert.Single(host.Core.Requests).IsModerator);
    }

    [Fact]
    public async Task A_configured_role_makes_a_moderator()
    {
        await using var host = await DiscordTestHost.StartAsync(new() { ["Discord:ModeratorRoleIds:0"] = "777" });
        var json = DiscordTestHost.Command("reload", "[]").Replace("\"roles\":[]", "\"roles\":[\"777\"]");
        await host.InteractAsync(json);
        Assert.True(Assert.Single(host.Core.Requests).IsModerator);
    }

    [Fact]
    public async Task An_unknown_command_gets_a_private_explanation()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var response = await host.InteractAsync(DiscordTestHost.Command("frobnicate", "[]"));
        Assert.Contains("Unknown command", (string)response["data"]!["content"]!);
        Assert.Equal(64, (int)response["data"]!["flags"]!);
        Assert.Empty(host.Core.Requests);
    }

    [Fact]
    public async Task Nobody_is_pinged_and_nothing_becomes_a_link()
    {
        await using var host = await DiscordTestHost.StartAsync();
        host.Core.Respond = _ => new Answer(AnswerKind.Ask, "@everyone look", [
            new AnswerResult("@here <@123> <@&456> [click](https://evil.example) ```code```", FakeCore.Source)]);
        var response = await host.InteractAsync(DiscordTestHost.Command("ask", "[{\"name\":\"question\",\"type\":3,\"value\":\"@everyone\"}]"));
        var data = response["data"]!;
        Assert.Empty(data["allowed_mentions"]!["parse"]!.AsArray());
        var description = (string)data["embeds"]![0]!["description"]!;
        Assert.Contains("\\@here", description);
        Assert.Contains("\\<\\@123\\>", description);
        Assert.Contains("\\[click\\]\\(https\\:", description);
        Assert.StartsWith("\\@everyone", (string)data["content"]!);
    }

    [Fact]
    public async Task Long_answers_stay_within_every_discord_limit()
    {
        await using var host = await DiscordTestHost.StartAsync();
        host.Core.Respond = _ => new Answer(AnswerKind.Ask, new string('m', 5000),
            Enumerable.Range(0, 12).Select(i => new AnswerResult(new string('w', 9000), FakeCore.Source with { Title = new string('t', 400) }) { Speaker = new string('s', 300) }).ToList());
        var response = await host.InteractAsync(DiscordTestHost.Command("ask", "[{\"name\":\"question\",\"type\":3,\"value\":\"x\"}]"));
        var data = response["data"]!;
        Assert.True(((string)data["content"]!).Length <= 2000);
        var embeds = data["embeds"]!.AsArray();
        Assert.True(embeds.Count <= 10);
        var total = embeds.Sum(e => ((string)e!["title"]!).Length + ((string)e["description"]!).Length + ((string)e["footer"]!["text"]!).Length);
        Assert.True(total <= 6000, $"embeds total {total}");
        Assert.All(embeds, e => Assert.True(((string)e!["title"]!).Length <= 256));
        DiscordSchema.AssertValid("CreateMessageInteractionCallbackRequest", response);
    }

    [Fact]
    public void The_registered_commands_are_valid_and_routable()
    {
        var commands = CommandRegistrationJson.Build();
        Assert.Equal(DiscordCommandSet.All.Count, commands.Count);
        foreach (var command in commands)
        {
            // Discord's docs (and the official libraries) send the permission bit set as a string; the OpenAPI
            // description says integer. Send the string; validate the rest against the schema.
            var copy = command!.DeepClone().AsObject();
            if (copy["default_member_permissions"] is { } permissions)
            {
                Assert.Equal(System.Text.Json.JsonValueKind.String, permissions.GetValueKind());
                Assert.Equal("32", (string)permissions!);
                copy["default_member_permissions"] = long.Parse((string)permissions!, System.Globalization.CultureInfo.InvariantCulture);
            }
            DiscordSchema.AssertValid("ApplicationCommandUpdateRequest", copy);
        }
        Assert.Contains(commands, c => c!["default_member_permissions"] is not null);
        Assert.All(commands, c => Assert.Matches("^[-_a-z0-9]{1,32}$", (string)c!["name"]!));
    }
}
