using System.Text.Json.Nodes;
using PeaceBot.Core.Answers;
using PeaceBot.Discord.Tests.Support;
using static PeaceBot.Discord.Tests.Support.Payloads;

namespace PeaceBot.Discord.Tests.Endpoint;

public class CommandTests : IAsyncLifetime
{
    private DiscordTestHost _host = null!;

    public async Task InitializeAsync() => _host = await DiscordTestHost.StartAsync();
    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string, string> Commands => new()
    {
        { Command("who", "said", [Option("quote", "peace through strength")]), "/who said peace through strength" },
        { Command("plan", "point", [Option("number", 7, type: 4), Option("plan", "us-28")]), "/plan point 7 us-28" },
        { Command("plan", "point", [Option("number", 3, type: 4)]), "/plan point 3" },
        { Command("plan", "list"), "/plan list" },
        { Command("timeline", options: [Option("when", "August 2025")]), "/timeline August 2025" },
        { Command("ask", options: [Option("question", "what about\nZaporizhzhia  plant?")]), "/ask what about Zaporizhzhia plant?" },
        { Command("sources"), "/sources" },
        { Command("help"), "/help" },
        { Command("status"), "/status" },
        { Command("reload"), "/reload" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Each_command_reaches_the_core_as_chat_text_and_answers_with_a_valid_message(string interaction, string expectedText)
    {
        var reply = await _host.InteractAsync(interaction);

        var request = Assert.Single(_host.Answers.Requests);
        Assert.Equal(expectedText, request.Text);
        Assert.Equal("discord", request.FrontEnd);
        Assert.Equal(1, request.Page);
        Assert.Equal(5, request.PageSize);
        Assert.Equal("600000000000000001", request.UserId);
        Assert.Equal(4, (int)reply["type"]!);
        Assert.Equal("echo " + expectedText, (string)reply["data"]!["content"]!);
        DiscordSchemas.AssertValid("CreateMessageInteractionCallbackRequest", reply);
    }

    [Fact]
    public async Task Answers_are_public_by_default_and_private_on_request()
    {
        var open = await _host.InteractAsync(Command("help"));
        var closed = await _host.InteractAsync(Command("help", options: [Option("private", true, type: 5)]));
        Assert.Null(open["data"]!["flags"]);
        Assert.Equal(64, (int)closed["data"]!["flags"]!);
    }

    [Fact]
    public async Task Moderator_commands_always_answer_privately()
    {
        var reply = await _host.InteractAsync(Command("status"));
        Assert.Equal(64, (int)reply["data"]!["flags"]!);
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("2147483647", true)]
    [InlineData("32", true)]
    [InlineData("1024", false)]
    [InlineData("not-a-number", false)]
    public async Task Manage_guild_permission_makes_a_moderator(string permissions, bool expected)
    {
        await _host.InteractAsync(Command("reload", permissions: permissions));
        Assert.Equal(expected, Assert.Single(_host.Answers.Requests).IsModerator);
    }

    [Fact]
    public async Task A_configured_role_makes_a_moderator()
    {
        await using var host = await DiscordTestHost.StartAsync(settings: new Dictionary<string, string?> { ["Discord:ModeratorRoleIds:0"] = "555" });
        await host.InteractAsync(Command("reload", roles: ["111", "555"]));
        await host.InteractAsync(Command("reload", roles: ["111"]));
        Assert.Equal([true, false], host.Answers.Requests.Select(r => r.IsModerator));
    }

    [Fact]
    public async Task Unknown_commands_get_a_private_explanation_and_never_reach_the_core()
    {
        var reply = await _host.InteractAsync(Command("launch", options: [Option("target", "moon")]));
        Assert.Empty(_host.Answers.Requests);
        Assert.Equal(4, (int)reply["type"]!);
        Assert.Equal(64, (int)reply["data"]!["flags"]!);
        Assert.Contains("Unknown command", (string)reply["data"]!["content"]!);
        DiscordSchemas.AssertValid("CreateMessageInteractionCallbackRequest", reply);
    }

    [Theory]
    [InlineData("plan", "point", "number", "\"seven\"")]
    [InlineData("plan", "point", "number", "0")]
    [InlineData("who", "said", "quote", "12")]
    public async Task Hand_made_bad_option_values_get_an_explanation(string name, string sub, string option, string rawValue)
    {
        var reply = await _host.InteractAsync(Command(name, sub, [new JsonObject { ["name"] = option, ["type"] = 3, ["value"] = JsonNode.Parse(rawValue) }]));
        Assert.Empty(_host.Answers.Requests);
        Assert.Contains(option, (string)reply["data"]!["content"]!);
    }

    [Fact]
    public async Task Missing_required_option_gets_an_explanation()
    {
        var reply = await _host.InteractAsync(Command("who", "said"));
        Assert.Empty(_host.Answers.Requests);
        Assert.Contains("quote", (string)reply["data"]!["content"]!);
    }

    [Fact]
    public async Task A_failing_core_still_gets_the_user_an_answer()
    {
        _host.Answers.Respond = _ => throw new InvalidOperationException("index gone");
        var reply = await _host.InteractAsync(Command("help"));
        Assert.Equal(4, (int)reply["type"]!);
        Assert.DoesNotContain("index gone", reply.ToJsonString());
        Assert.Contains("went wrong", (string)reply["data"]!["content"]!);
    }

    [Fact]
    public async Task Results_become_embeds_that_ping_nobody()
    {
        _host.Answers.Respond = r => new Answer(AnswerKind.WhoSaid, "@everyone look", [
            new AnswerResult("\"We want peace\" <@123>", new SourceInfo("a.md", "Talks in Geneva", "Reuters", "2025-11-23", "https://example.org/geneva"))
            {
                Speaker = "Rubio",
                Date = new PeaceBot.Core.Dates.PartialDate(2025, 11, 23),
            },
        ]) { CommandText = r.Text };
        var reply = await _host.InteractAsync(Command("who", "said", [Option("quote", "we want peace")]));

        var data = reply["data"]!;
        Assert.Equal("{\"parse\":[]}", data["allowed_mentions"]!.ToJsonString());
        var embed = Assert.Single(data["embeds"]!.AsArray())!;
        Assert.Equal("\"We want peace\" <@123>", (string)embed["description"]!);
        Assert.Equal("Rubio · 2025-11-23", (string)embed["author"]!["name"]!);
        Assert.Equal("Talks in Geneva", (string)embed["title"]!);
        Assert.Equal("https://example.org/geneva", (string)embed["url"]!);
        Assert.Equal("Reuters · 2025-11-23", (string)embed["footer"]!["text"]!);
        Assert.Empty(data["components"]!.AsArray());
        DiscordSchemas.AssertValid("CreateMessageInteractionCallbackRequest", reply);
    }
}
