using PeaceBot.Slack.Handlers;

namespace PeaceBot.Slack.Tests.Configuration;

public class SlackCommandTextTests
{
    [Theory]
    [InlineData("/peacebot", "/who said x", "/who said x", null)]
    [InlineData("/peacebot", "sources", "/sources", null)]
    [InlineData("/peacebot", "public", "/help", true)]
    [InlineData("/who", "said x private", "/who said x", false)]
    [InlineData("/sources", "", "/sources", null)]
    [InlineData("/PEACEBOT", "plan list", "/plan list", null)]
    public void Builds_the_core_command(string command, string text, string expected, bool? isPublic)
    {
        var (core, pub) = SlackCommandText.Build(command, text, "/peacebot");
        Assert.Equal(expected, core);
        Assert.Equal(isPublic, pub);
    }
}
