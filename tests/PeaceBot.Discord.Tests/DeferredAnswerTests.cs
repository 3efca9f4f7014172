using PeaceBot.Discord.Tests.Support;

namespace PeaceBot.Discord.Tests;

public sealed class DeferredAnswerTests
{
    [Fact]
    public async Task A_slow_core_gets_a_deferred_acknowledgement_and_the_answer_follows_by_edit()
    {
        await using var host = await DiscordTestHost.StartAsync(new() { ["Discord:AnswerBudgetMilliseconds"] = "200" });
        host.Core.Delay = TimeSpan.FromMilliseconds(800);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var ack = await host.InteractAsync(DiscordTestHost.Command("sources", "[]"));
        var ackTime = clock.Elapsed;

        Assert.Equal(5, (int)ack["type"]!);
        Assert.True(ackTime < TimeSpan.FromMilliseconds(2500), $"acknowledged after {ackTime.TotalMilliseconds} ms, past what Discord allows");
        DiscordSchema.AssertValid("CreateMessageInteractionCallbackRequest", ack);

        var edit = await host.Api.WaitForAsync(c => c.Method == "PATCH");
        Assert.Matches($"^/api/v10/webhooks/{DiscordTestHost.ApplicationId}/tok-[0-9a-f]+/messages/@original$", edit.Path);
        var body = JsonNode.Parse(edit.Body)!;
        Assert.Equal("We will not trade land for promises.", (string)body["embeds"]![0]!["description"]!);
        DiscordSchema.AssertValid("IncomingWebhookUpdateRequestPartial", body);
    }

    [Fact]
    public async Task A_rate_limited_edit_is_retried_after_retry_after()
    {
        await using var host = await DiscordTestHost.StartAsync(new() { ["Discord:AnswerBudgetMilliseconds"] = "100" });
        host.Core.Delay = TimeSpan.FromMilliseconds(600);
        host.Api.RateLimitFirst = 1;
        await host.InteractAsync(DiscordTestHost.Command("help", "[]"));
        var edit = await host.Api.WaitForAsync(c => c.Method == "PATCH", timeoutMs: 15_000);
        Assert.NotNull(edit);
    }
}
