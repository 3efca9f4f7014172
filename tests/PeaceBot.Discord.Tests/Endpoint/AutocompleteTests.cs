using PeaceBot.Core.Suggestions;
using PeaceBot.Discord.Tests.Support;
using static PeaceBot.Discord.Tests.Support.Payloads;

namespace PeaceBot.Discord.Tests.Endpoint;

public class AutocompleteTests : IAsyncLifetime
{
    private DiscordTestHost _host = null!;

    public async Task InitializeAsync() => _host = await DiscordTestHost.StartAsync();
    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("plan", "point", "plan", "us", "plans")]
    [InlineData("timeline", null, "when", "Aug", "months")]
    [InlineData("who", "said", "quote", "peace thr", "quotes")]
    public async Task Focused_option_is_completed_from_the_matching_core_list(string name, string? sub, string option, string typed, string kind)
    {
        var reply = await _host.InteractAsync(Autocomplete(name, sub, [Option(option, typed, focused: true)]));

        Assert.Equal(8, (int)reply["type"]!);
        Assert.Equal((kind, typed), Assert.Single(_host.Suggestions.Calls));
        Assert.NotEmpty(reply["data"]!["choices"]!.AsArray());
        Assert.Empty(_host.Answers.Requests);
        DiscordSchemas.AssertValid("ApplicationCommandAutocompleteCallbackRequest", reply);
    }

    [Fact]
    public async Task Choices_keep_within_discord_limits()
    {
        _host.Suggestions.Plans = Enumerable.Range(1, 40).Select(i => new Suggestion(new string('p', 150) + i, "plan-" + i))
            .Append(new Suggestion("too long a value", new string('v', 101)))
            .Prepend(new Suggestion("", "empty-label"))
            .ToList();
        var reply = await _host.InteractAsync(Autocomplete("plan", "point", [Option("number", 1, type: 4), Option("plan", "", focused: true)]));

        var choices = reply["data"]!["choices"]!.AsArray();
        // 25 asked of the core; the one with an empty label is unusable and left out.
        Assert.Equal(24, choices.Count);
        Assert.DoesNotContain(choices, c => (string)c!["value"]! == "empty-label");
        Assert.All(choices, c => Assert.InRange(((string)c!["name"]!).Length, 1, 100));
        Assert.All(choices, c => Assert.InRange(((string)c!["value"]!).Length, 1, 100));
        DiscordSchemas.AssertValid("ApplicationCommandAutocompleteCallbackRequest", reply);
    }

    [Fact]
    public async Task An_option_without_suggestions_gets_an_empty_list()
    {
        var reply = await _host.InteractAsync(Autocomplete("ask", null, [Option("question", "why", focused: true)]));
        Assert.Empty(reply["data"]!["choices"]!.AsArray());
        Assert.Empty(_host.Suggestions.Calls);
        DiscordSchemas.AssertValid("ApplicationCommandAutocompleteCallbackRequest", reply);
    }
}
