using System.Text;
using PeaceBot.Core.Commands;
using PeaceBot.Discord.Commands;
using PeaceBot.Discord.Interactions;
using PeaceBot.Discord.Tests.Support;

namespace PeaceBot.Discord.Tests.Commands;

/// <summary>/knowledge add with an uploaded file: registered as an attachment option, resolved from the interaction.</summary>
public sealed class AttachmentOptionTests
{
    private const string Url = "https://cdn.discordapp.com/attachments/1/2/truce.html?ex=1&is=2";

    private static string KnowledgeAdd(string options, string? resolved, string permissions = "32")
    {
        var json = JsonNode.Parse(DiscordTestHost.Command("knowledge", $$"""[{"name":"add","type":1,"options":{{options}}}]""", permissions))!;
        if (resolved is not null) json["data"]!["resolved"] = JsonNode.Parse(resolved);
        return json.ToJsonString();
    }

    private const string File = """[{"name":"file","type":11,"value":"900"}]""";
    private const string Resolved = $$$$"""{"attachments":{"900":{"id":"900","filename":"truce.html","url":"{{{{Url}}}}","proxy_url":"https://media.discordapp.net/x","size":2345,"content_type":"text/html; charset=utf-8"}}}""";

    [Fact]
    public void Knowledge_add_registers_an_optional_link_and_an_optional_attachment_valid_for_Discord()
    {
        var knowledge = CommandRegistrationJson.Build().Single(c => (string)c!["name"]! == "knowledge")!;
        var add = knowledge["options"]!.AsArray().Single(o => (string)o!["name"]! == "add")!;
        var options = add["options"]!.AsArray().ToDictionary(o => (string)o!["name"]!, o => o!);

        Assert.Equal(11, (int)options["file"]["type"]!);
        Assert.False((bool)options["file"]["required"]!);
        Assert.Equal(3, (int)options["url"]["type"]!);
        Assert.False((bool)options["url"]["required"]!);
        Assert.Null(options["file"]["max_length"]);
        var copy = knowledge.DeepClone().AsObject();
        copy["default_member_permissions"] = 32;
        DiscordSchema.AssertValid("ApplicationCommandUpdateRequest", copy);
    }

    [Fact]
    public void The_upload_travels_beside_the_text_resolved_from_data_resolved_attachments()
    {
        Assert.True(InteractionParser.TryParse(Encoding.UTF8.GetBytes(KnowledgeAdd(File, Resolved)), out var interaction, out var error), error);

        var built = ChatTextBuilder.Build(interaction!);

        Assert.Null(built.Error);
        Assert.Equal("/knowledge add", built.Text);
        var file = Assert.Single(built.Attachments);
        Assert.Equal(("file", "truce.html", Url, 2345L, "text/html; charset=utf-8"), (file.Option, file.FileName, file.Url.OriginalString, file.Size, file.ContentType));
        Assert.True(CommandParser.Parse(built.Text).IsValid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("""{"attachments":{"901":{"id":"901","filename":"other.md","url":"https://cdn.discordapp.com/a/other.md"}}}""")]
    [InlineData("""{"attachments":{"900":{"id":"900","filename":"truce.html","url":"file:///etc/passwd"}}}""")]
    [InlineData("""{"attachments":{"900":{"id":"900","url":"https://cdn.discordapp.com/a/x.md"}}}""")]
    [InlineData("""{"attachments":[1,2]}""")]
    public void An_attachment_option_Discord_did_not_resolve_is_a_clear_error(string? resolved)
    {
        Assert.True(InteractionParser.TryParse(Encoding.UTF8.GetBytes(KnowledgeAdd(File, resolved)), out var interaction, out var error), error);

        var built = ChatTextBuilder.Build(interaction!);

        Assert.Null(built.Text);
        Assert.Equal("Discord did not send the attached file with the command; please attach it again.", built.Error);
    }

    [Fact]
    public async Task The_endpoint_hands_the_file_to_the_core_with_the_request()
    {
        await using var host = await DiscordTestHost.StartAsync();

        var response = await host.InteractAsync(KnowledgeAdd(File, Resolved));

        Assert.Equal(4, (int)response["type"]!);
        Assert.Equal(64, (int)response["data"]!["flags"]!); // moderators' commands answer privately
        var request = Assert.Single(host.Core.Requests);
        Assert.Equal("/knowledge add", request.Text);
        Assert.True(request.IsModerator);
        Assert.Equal("truce.html", Assert.Single(request.Attachments).FileName);
    }
}
