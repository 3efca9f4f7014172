using System.Text.Json.Nodes;
using PeaceBot.Core.Answers;
using PeaceBot.Discord.Tests.Support;
using static PeaceBot.Discord.Tests.Support.Payloads;

namespace PeaceBot.Discord.Tests.Endpoint;

public class PagingTests : IAsyncLifetime
{
    private DiscordTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await DiscordTestHost.StartAsync();
        _host.Answers.Respond = r => new Answer(AnswerKind.Ask, $"page {r.Page}", [new AnswerResult($"passage {r.Page}", new SourceInfo("a.md", "A source"))])
        {
            CommandText = r.Text,
            Page = r.Page,
            HasMore = r.Page < 3,
        };
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static string MoreId(JsonObject reply)
    {
        var button = reply["data"]!["components"]![0]!["components"]![0]!;
        Assert.Equal("More", (string)button["label"]!);
        return (string)button["custom_id"]!;
    }

    [Fact]
    public async Task More_button_fetches_the_next_page_by_updating_the_message()
    {
        var first = await _host.InteractAsync(Command("ask", options: [Option("question", "ceasefire")]));
        var id = MoreId(first);
        Assert.InRange(id.Length, 1, 100);

        var second = await _host.InteractAsync(Button(id));
        Assert.Equal(7, (int)second["type"]!);
        Assert.Equal("page 2", (string)second["data"]!["content"]!);
        DiscordSchemas.AssertValid("UpdateMessageInteractionCallbackRequest", second);

        var third = await _host.InteractAsync(Button(MoreId(second)));
        Assert.Empty(third["data"]!["components"]!.AsArray());
        Assert.Equal([(1, "/ask ceasefire"), (2, "/ask ceasefire"), (3, "/ask ceasefire")], _host.Answers.Requests.Select(r => (r.Page, r.Text)));
    }

    [Fact]
    public async Task Long_commands_page_through_a_compact_id()
    {
        var question = string.Join(' ', Enumerable.Repeat("negotiations", 30));
        var first = await _host.InteractAsync(Command("ask", options: [Option("question", question)]));
        var id = MoreId(first);
        Assert.InRange(id.Length, 1, 100);

        var second = await _host.InteractAsync(Button(id));
        Assert.Equal("page 2", (string)second["data"]!["content"]!);
        Assert.Equal("/ask " + question, _host.Answers.Requests.Last().Text);
    }

    [Fact]
    public async Task An_unknown_compact_id_says_expired_and_asks_again()
    {
        var reply = await _host.InteractAsync(Button("more:2:h:AAAAAAAAAAAAAAAAAAAAAAAA"));
        Assert.Equal(4, (int)reply["type"]!);
        Assert.Equal(64, (int)reply["data"]!["flags"]!);
        Assert.Contains("expired", (string)reply["data"]!["content"]!);
        Assert.Empty(_host.Answers.Requests);
        DiscordSchemas.AssertValid("CreateMessageInteractionCallbackRequest", reply);
    }

    [Theory]
    [InlineData("more:x:t:/help")]
    [InlineData("more:1:t:/help")]
    [InlineData("other")]
    [InlineData("more:2:q:zzz")]
    public async Task Foreign_or_broken_button_ids_are_refused_gently(string customId)
    {
        var reply = await _host.InteractAsync(Button(customId));
        Assert.Equal(64, (int)reply["data"]!["flags"]!);
        Assert.Empty(_host.Answers.Requests);
    }
}
