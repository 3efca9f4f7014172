using PeaceBot.Core.Answers;
using PeaceBot.Discord.Tests.Support;

namespace PeaceBot.Discord.Tests;

public sealed class PagingAndAutocompleteTests
{
    [Fact]
    public async Task More_fetches_the_next_page_and_updates_the_message()
    {
        await using var host = await DiscordTestHost.StartAsync();
        host.Core.Respond = r => FakeCore.DefaultAnswer(r) with { HasMore = r.Page < 2 };
        var first = await host.InteractAsync(DiscordTestHost.Command("timeline", "[{\"name\":\"when\",\"type\":3,\"value\":\"august\"}]"));
        var button = first["data"]!["components"]![0]!["components"]![0]!;
        Assert.Equal("More", (string)button["label"]!);
        var customId = (string)button["custom_id"]!;
        Assert.True(customId.Length <= 100);

        var click = $$$"""{"id":"222","application_id":"123456789012345678","type":3,"token":"tok2","member":{"user":{"id":"u1"},"permissions":"0","roles":[]},"data":{"custom_id":"{{{customId}}}","component_type":2}}""";
        var second = await host.InteractAsync(click);

        Assert.Equal(7, (int)second["type"]!);
        DiscordSchema.AssertValid("UpdateMessageInteractionCallbackRequest", second);
        var request = host.Core.Requests.Last();
        Assert.Equal(("/timeline august", 2), (request.Text, request.Page));
        Assert.Empty(second["data"]!["components"]!.AsArray());
    }

    [Fact]
    public async Task Each_page_names_itself_and_how_many_there_are()
    {
        await using var host = await DiscordTestHost.StartAsync();
        host.Core.Respond = r => FakeCore.DefaultAnswer(r) with { HasMore = r.Page < 3, PageCount = 3 };
        var first = await host.InteractAsync(DiscordTestHost.Command("timeline", "[{\"name\":\"when\",\"type\":3,\"value\":\"august\"}]"));
        Assert.EndsWith("\n-# Page 1 of 3", (string)first["data"]!["content"]!);
        DiscordSchema.AssertValid("CreateMessageInteractionCallbackRequest", first);

        var customId = (string)first["data"]!["components"]![0]!["components"]![0]!["custom_id"]!;
        var id = Random.Shared.NextInt64(1_000_000, long.MaxValue);
        var click = $$$"""{"id":"{{{id}}}","application_id":"123456789012345678","type":3,"token":"tok3","member":{"user":{"id":"u1"},"permissions":"0","roles":[]},"data":{"custom_id":"{{{customId}}}","component_type":2}}""";
        var second = await host.InteractAsync(click);
        Assert.EndsWith("\n-# Page 2 of 3", (string)second["data"]!["content"]!);
        DiscordSchema.AssertValid("UpdateMessageInteractionCallbackRequest", second);
    }

    [Fact]
    public async Task A_private_answer_offers_post_publicly_which_posts_the_same_page_in_the_channel()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var first = await host.InteractAsync(DiscordTestHost.Command("sources", "[{\"name\":\"private\",\"type\":5,\"value\":true}]"));
        Assert.Equal(64, (int)first["data"]!["flags"]!);
        var post = first["data"]!["components"]![0]!["components"]!.AsArray().Single(b => (string)b!["label"]! == "Post publicly")!;
        var customId = (string)post["custom_id"]!;
        Assert.True(customId.Length <= 100);

        var id = Random.Shared.NextInt64(1_000_000, long.MaxValue);
        var click = $$$"""{"id":"{{{id}}}","application_id":"123456789012345678","type":3,"token":"tok4","member":{"user":{"id":"u2"},"permissions":"0","roles":[]},"data":{"custom_id":"{{{customId}}}","component_type":2}}""";
        var posted = await host.InteractAsync(click);

        Assert.Equal(4, (int)posted["type"]!);
        Assert.Null(posted["data"]!["flags"]);
        DiscordSchema.AssertValid("CreateMessageInteractionCallbackRequest", posted);
        Assert.DoesNotContain(posted["data"]!["components"]!.AsArray().SelectMany(r => r!["components"]!.AsArray()), b => (string)b!["label"]! == "Post publicly");
        var request = host.Core.Requests.Last();
        Assert.Equal(("/sources", 1, "u2"), (request.Text, request.Page, request.UserId));
    }

    [Fact]
    public async Task A_public_answer_and_a_moderator_answer_offer_no_post_button()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var open = await host.InteractAsync(DiscordTestHost.Command("sources", "[{\"name\":\"private\",\"type\":5,\"value\":false}]"));
        Assert.DoesNotContain("Post publicly", open.ToJsonString());
        var status = await host.InteractAsync(DiscordTestHost.Command("status", "[]", permissions: "32"));
        Assert.Equal(64, (int)status["data"]!["flags"]!);
        Assert.DoesNotContain("Post publicly", status.ToJsonString());
    }

    [Fact]
    public async Task A_one_page_answer_names_no_page()
    {
        await using var host = await DiscordTestHost.StartAsync();
        host.Core.Respond = r => FakeCore.DefaultAnswer(r) with { PageCount = 1 };
        var first = await host.InteractAsync(DiscordTestHost.Command("timeline", "[{\"name\":\"when\",\"type\":3,\"value\":\"august\"}]"));
        Assert.DoesNotContain("Page", (string)first["data"]!["content"]!);
    }

    [Fact]
    public async Task A_long_command_pages_through_a_kept_token_and_a_forged_one_expires_politely()
    {
        await using var host = await DiscordTestHost.StartAsync();
        host.Core.Respond = r => FakeCore.DefaultAnswer(r) with { HasMore = true };
        var longQuestion = new string('q', 200);
        var first = await host.InteractAsync(DiscordTestHost.Command("ask", $"[{{\"name\":\"question\",\"type\":3,\"value\":\"{longQuestion}\"}}]"));
        var customId = (string)first["data"]!["components"]![0]!["components"]![0]!["custom_id"]!;
        Assert.True(customId.Length <= 100);

        var click = (string id) => $$$"""{"id":"{{{DiscordTestHost.NextId()}}}","application_id":"123456789012345678","type":3,"token":"t3","data":{"custom_id":"{{{id}}}","component_type":2}}""";
        await host.InteractAsync(click(customId));
        Assert.Equal($"/ask {longQuestion}", host.Core.Requests.Last().Text);

        var expired = await host.InteractAsync(click("more:2:0:#ABCDEF"));
        Assert.Contains("expired", (string)expired["data"]!["content"]!);
    }

    [Theory]
    [InlineData("who", "[{\"name\":\"said\",\"type\":1,\"options\":[{\"name\":\"quote\",\"type\":3,\"value\":\"trade\",\"focused\":true}]}]")]
    [InlineData("plan", "[{\"name\":\"point\",\"type\":1,\"options\":[{\"name\":\"number\",\"type\":4,\"value\":2},{\"name\":\"plan\",\"type\":3,\"value\":\"us\",\"focused\":true}]}]")]
    [InlineData("timeline", "[{\"name\":\"when\",\"type\":3,\"value\":\"\",\"focused\":true}]")]
    public async Task Autocomplete_offers_at_most_25_short_choices(string name, string options)
    {
        await using var host = await DiscordTestHost.StartAsync();
        var json = DiscordTestHost.Command(name, options).Replace("\"type\":2,", "\"type\":4,");
        var response = await host.InteractAsync(json);

        Assert.Equal(8, (int)response["type"]!);
        DiscordSchema.AssertValid("ApplicationCommandAutocompleteCallbackRequest", response);
        var choices = response["data"]!["choices"]!.AsArray();
        Assert.InRange(choices.Count, 1, 25);
        Assert.All(choices, c => Assert.InRange(((string)c!["name"]!).Length, 1, 100));
        Assert.All(choices, c => Assert.InRange(((string)c!["value"]!).Length, 1, 100));
        Assert.Empty(host.Core.Requests);
    }
}
