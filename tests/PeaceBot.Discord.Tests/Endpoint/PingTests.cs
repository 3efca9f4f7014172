using PeaceBot.Discord.Tests.Support;

namespace PeaceBot.Discord.Tests.Endpoint;

public class PingTests
{
    [Fact]
    public async Task Ping_is_answered_with_pong_without_asking_the_core()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var reply = await host.InteractAsync("{\"type\":1,\"id\":\"1\",\"token\":\"t\",\"application_id\":\"1\"}");
        Assert.Equal("{\"type\":1}", reply.ToJsonString());
        DiscordSchemas.AssertValid("PongInteractionCallbackRequest", reply);
        Assert.Empty(host.Answers.Requests);
    }
}
