using PeaceBot.Core.Commands;

namespace PeaceBot.Core.Tests.Commands;

public sealed class CommandParserTests
{
    [Theory]
    [InlineData("/who said a ceasefire is just a Band-Aid", "/who said a ceasefire is just a Band-Aid")]
    [InlineData("who said “peace can't mean surrender”", "/who said peace can't mean surrender")]
    [InlineData("/who said: a ceasefire is just a Band-Aid", "/who said a ceasefire is just a Band-Aid")]
    [InlineData("/who said:“a ceasefire is just a Band-Aid”", "/who said a ceasefire is just a Band-Aid")]
    [InlineData("/whosaid: a ceasefire", "/who said a ceasefire")]
    [InlineData("/plan point 27", "/plan point 27")]
    [InlineData("/plan point #7 20-point", "/plan point 7 20-point")]
    [InlineData("/plan 7", "/plan point 7")]
    [InlineData("/PLAN   Point\t3   ceasefire  framework", "/plan point 3 ceasefire framework")]
    [InlineData("/plan", "/plan list")]
    [InlineData("/timeline august 2025", "/timeline august 2025")]
    [InlineData("/ask who leads the talks?", "/ask who leads the talks?")]
    [InlineData("what happened in Alaska", "/ask what happened in Alaska")]
    [InlineData("plan to visit Kyiv", "/ask plan to visit Kyiv")]
    [InlineData("/sources", "/sources")]
    [InlineData("help", "/help")]
    public void Parses_to_its_canonical_text(string input, string canonical)
    {
        var parsed = CommandParser.Parse(input);
        Assert.True(parsed.IsValid, parsed.Error);
        Assert.Equal(canonical, parsed.Command!.Text);
        Assert.Equal(canonical, CommandParser.Parse(canonical).Command!.Text);
    }

    [Theory]
    [InlineData("", "Empty")]
    [InlineData("   \u0000\u200b ", "Empty")]
    [InlineData("/who said", "Which words")]
    [InlineData("/who said:", "Which words")]
    [InlineData("/who knows", "Usage")]
    [InlineData("/plan to visit", "whole number")]
    [InlineData("/plan point abc", "whole number")]
    [InlineData("/plan point", "Which point")]
    [InlineData("/plan point 0", "start at 1")]
    [InlineData("/plan point 99999999999999", "whole number")]
    [InlineData("/timeline", "Which month")]
    [InlineData("/ask", "What would you like")]
    [InlineData("/frobnicate now", "Unknown command /frobnicate")]
    [InlineData("/", "Unknown command")]
    [InlineData("/tmeline november", "Unknown command /tmeline. Did you mean /timeline november? Try /help for the commands I know.")]
    [InlineData("/hlep", "Unknown command /hlep. Did you mean /help? Try /help for the commands I know.")]
    [InlineData("/sorces", "Unknown command /sorces. Did you mean /sources? Try /help for the commands I know.")]
    [InlineData("/xyzzy", "Unknown command /xyzzy. Try /help for the commands I know.")]
    public void Explains_what_is_wrong(string input, string explanation)
    {
        var parsed = CommandParser.Parse(input);
        Assert.False(parsed.IsValid);
        Assert.Contains(explanation, parsed.Error);
    }

    [Fact]
    public void Refuses_text_longer_than_the_limit_without_scanning_it_all()
    {
        var parsed = CommandParser.Parse("/ask " + new string('a', 10_000));
        Assert.False(parsed.IsValid);
        Assert.Contains("characters", parsed.Error);
    }

    [Theory]
    [InlineData("/ask путин и переговоры")]
    [InlineData("/ask 🕊️🇺🇦🇷🇺")]
    [InlineData("/ask \"unbalanced")]
    [InlineData("/who said \\\\ ** ?? ~~ ^^")]
    public void Accepts_any_script_and_symbols(string input) => Assert.True(CommandParser.Parse(input).IsValid);
}
