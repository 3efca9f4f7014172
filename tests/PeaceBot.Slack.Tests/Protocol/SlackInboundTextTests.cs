using PeaceBot.Slack.Protocol;

namespace PeaceBot.Slack.Tests.Protocol;

public class SlackInboundTextTests
{
    [Theory]
    [InlineData("who said peace &amp; security", "who said peace & security")]
    [InlineData("who said &lt;a deal&gt;", "who said <a deal>")]
    [InlineData("who said &amp;lt;", "who said &lt;")]
    [InlineData("ask sanctions <https://example.org/story|the story> relief", "ask sanctions relief")]
    [InlineData("ask <https://example.org/story> ceasefire", "ask ceasefire")]
    [InlineData("ask <mailto:desk@example.org|desk@example.org> ceasefire", "ask ceasefire")]
    [InlineData("<@U024BE7LH> who said close to a deal", "who said close to a deal")]
    [InlineData("ask ceasefire <#C024BE7LR|general>", "ask ceasefire")]
    [InlineData("ask ceasefire <#C024BE7LR>", "ask ceasefire")]
    [InlineData("<!here> ask ceasefire <@U024BE7LH|sam>", "ask ceasefire")]
    [InlineData("   ", "")]
    [InlineData(null, "")]
    public void Slack_markup_is_dropped_and_escapes_are_decoded(string? text, string expected) =>
        Assert.Equal(expected, SlackInboundText.Clean(text));
}
