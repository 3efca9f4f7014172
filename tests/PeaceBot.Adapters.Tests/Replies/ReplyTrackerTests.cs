using Microsoft.Extensions.Logging.Abstractions;
using PeaceBot.Adapters.Replies;

namespace PeaceBot.Adapters.Tests.Replies;

public sealed class ReplyTrackerTests
{
    [Fact]
    public async Task A_stop_request_waits_for_replies_and_does_not_cancel_them()
    {
        var tracker = new ReplyTracker(NullLogger<ReplyTracker>.Instance);
        var release = new TaskCompletionSource();
        var delivered = false;
        var cancelledDuringWork = false;
        _ = tracker.Run("test", async ct =>
        {
            await release.Task;
            cancelledDuringWork = ct.IsCancellationRequested;
            delivered = true;
        });

        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var stopping = tracker.StopAsync(grace.Token);
        Assert.False(stopping.IsCompleted);
        release.SetResult();
        await stopping;

        Assert.True(delivered);
        Assert.False(cancelledDuringWork);
        Assert.Equal(0, tracker.InFlight);
    }

    [Fact]
    public async Task When_the_grace_period_ends_the_rest_are_cancelled_and_stop_returns()
    {
        var tracker = new ReplyTracker(NullLogger<ReplyTracker>.Instance);
        var observed = new TaskCompletionSource<bool>();
        _ = tracker.Run("stuck", async ct =>
        {
            try { await Task.Delay(Timeout.Infinite, ct); }
            finally { observed.TrySetResult(ct.IsCancellationRequested); }
        });
        using var grace = new CancellationTokenSource();
        var stopping = tracker.StopAsync(grace.Token);
        await grace.CancelAsync();
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(await observed.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_failing_reply_is_logged_not_thrown()
    {
        var tracker = new ReplyTracker(NullLogger<ReplyTracker>.Instance);
        await tracker.Run("broken", _ => throw new InvalidOperationException("boom"));
        await tracker.StopAsync(CancellationToken.None);
        Assert.Equal(0, tracker.InFlight);
    }
}
