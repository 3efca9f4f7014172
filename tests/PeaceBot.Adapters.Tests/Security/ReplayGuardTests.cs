using PeaceBot.Adapters.Security;

namespace PeaceBot.Adapters.Tests.Security;

public sealed class ReplayGuardTests
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void An_id_is_claimed_once_within_the_window_and_again_after_it()
    {
        var clock = new Clock();
        var guard = new ReplayGuard(clock);
        var window = TimeSpan.FromMinutes(10);

        Assert.True(guard.TryClaim("trigger", "1.2.3", window));
        clock.Now += TimeSpan.FromMinutes(9);
        Assert.False(guard.TryClaim("trigger", "1.2.3", window));
        clock.Now += TimeSpan.FromMinutes(2);
        Assert.True(guard.TryClaim("trigger", "1.2.3", window));
    }

    [Fact]
    public void The_same_id_of_another_kind_is_another_request()
    {
        var guard = new ReplayGuard(new Clock());
        Assert.True(guard.TryClaim("event", "E1", TimeSpan.FromHours(1)));
        Assert.True(guard.TryClaim("trigger", "E1", TimeSpan.FromHours(1)));
        Assert.False(guard.TryClaim("event", "E1", TimeSpan.FromHours(1)));
    }

    [Fact]
    public void Concurrent_replays_are_answered_exactly_once()
    {
        var guard = new ReplayGuard(new Clock());
        var claimed = 0;
        Parallel.For(0, 64, _ => { if (guard.TryClaim("interaction", "111", TimeSpan.FromMinutes(10))) Interlocked.Increment(ref claimed); });
        Assert.Equal(1, claimed);
    }
}
