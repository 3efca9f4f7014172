using PeaceBot.Discord.Tests.Support;
using static PeaceBot.Discord.Tests.Support.Payloads;

namespace PeaceBot.Discord.Tests.Endpoint;

public class DefaultPrivateTests
{
    [Fact]
    public async Task The_server_default_can_make_answers_private_unless_asked_otherwise()
    {
        await using var host = await DiscordTestHost.StartAsync(settings: new Dictionary<string, string?> { ["Discord:DefaultPrivate"] = "true" });
        var closed = await host.InteractAsync(Command("help"));
        var open = await host.InteractAsync(Command("help", options: [Option("private", false, type: 5)]));
        Assert.Equal(64, (int)closed["data"]!["flags"]!);
        Assert.Null(open["data"]!["flags"]);
    }
}
