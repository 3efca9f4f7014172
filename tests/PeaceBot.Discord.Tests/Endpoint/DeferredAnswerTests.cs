using System.Text.Json.Nodes;
using PeaceBot.Discord.Tests.Support;
using static PeaceBot.Discord.Tests.Support.Payloads;

namespace PeaceBot.Discord.Tests.Endpoint;

public class DeferredAnswerTests
{
    [Fact]
    public async Task A_slow_answer_is_deferred_then_delivered_by_editing_the_original()
    {
        await using var api = await FakeDiscordApi.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(api.BaseUrl);
        host.Answers.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var reply = await host.InteractAsync(Command("ask", options: [Option("question", "slow one"), Option("private", true, type: 5)]));
        Assert.Equal(5, (int)reply["type"]!);
        Assert.Equal(64, (int)reply["data"]!["flags"]!);
        DiscordSchemas.AssertValid("CreateMessageInteractionCallbackRequest", reply);

        host.Answers.Gate.SetResult();
        var patch = await api.NextAsync();
        Assert.Equal("PATCH", patch.Method);
        Assert.Equal($"/api/v10/webhooks/{DiscordTestHost.ApplicationId}/interaction-token-abc/messages/@original", patch.PathAndQuery);
        var body = JsonNode.Parse(patch.Body)!;
        Assert.Equal("echo /ask slow one", (string)body["content"]!);
        Assert.Equal("{\"parse\":[]}", body["allowed_mentions"]!.ToJsonString());
        DiscordSchemas.AssertValid("IncomingWebhookUpdateRequestPartial", body);
    }

    [Fact]
    public async Task A_slow_failure_is_delivered_the_same_way()
    {
        await using var api = await FakeDiscordApi.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(api.BaseUrl);
        host.Answers.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Answers.Respond = _ => throw new InvalidOperationException("boom");

        var reply = await host.InteractAsync(Command("help"));
        Assert.Equal(5, (int)reply["type"]!);

        host.Answers.Gate.SetResult();
        var patch = await api.NextAsync();
        Assert.Contains("went wrong", (string)JsonNode.Parse(patch.Body)!["content"]!);
    }

    [Fact]
    public async Task A_slow_next_page_defers_as_an_update()
    {
        await using var api = await FakeDiscordApi.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(api.BaseUrl);
        host.Answers.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var reply = await host.InteractAsync(Button("more:2:t:/ask slow one"));
        Assert.Equal("{\"type\":6}", reply.ToJsonString());
        DiscordSchemas.AssertValid("UpdateMessageInteractionCallbackRequest", reply);

        host.Answers.Gate.SetResult();
        var patch = await api.NextAsync();
        Assert.Equal("PATCH", patch.Method);
        Assert.Equal(2, Assert.Single(host.Answers.Requests).Page);
    }
}
