using PeaceBot.Slack.Rendering;

namespace PeaceBot.Slack.Tests.Rendering;

public class SlackTextTests
{
    [Theory]
    [InlineData("a & b < c > d", "a &amp; b &lt; c &gt; d")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Escape_handles_slacks_three_control_characters(string? input, string expected) =>
        Assert.Equal(expected, SlackText.Escape(input));

    [Fact]
    public void Truncate_never_splits_an_entity_or_a_surrogate_pair()
    {
        var entity = SlackText.Truncate(new string('x', 95) + "&amp;yyyyyyyyyy", 100);
        Assert.DoesNotContain("&am…", entity);
        Assert.True(entity.Length <= 100);

        var emoji = SlackText.Truncate(new string('x', 98) + "😀😀😀", 100);
        Assert.True(emoji.Length <= 100);
        Assert.False(char.IsHighSurrogate(emoji[^2]));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a url")]
    [InlineData(null)]
    public void Only_http_links_are_linked(string? url) =>
        Assert.Equal("Title", SlackText.Link(url, "Title"));
}
