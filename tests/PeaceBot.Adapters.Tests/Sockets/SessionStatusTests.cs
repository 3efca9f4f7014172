using PeaceBot.Adapters.Sockets;

namespace PeaceBot.Adapters.Tests.Sockets;

public sealed class SessionStatusTests
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void An_outage_is_measured_from_the_first_drop_not_from_each_failed_attempt()
    {
        var clock = new Clock();
        var status = new SessionStatus("Gateway", clock);
        Assert.False(status.IsUp);
        clock.Now += TimeSpan.FromSeconds(5);
        Assert.True(status.IsDownLongerThan(TimeSpan.FromSeconds(4)));

        status.Up();
        clock.Now += TimeSpan.FromMinutes(10);
        Assert.False(status.IsDownLongerThan(TimeSpan.Zero));

        status.Down("the connection closed");
        var since = status.Since;
        clock.Now += TimeSpan.FromSeconds(20);
        status.Down("connection refused");
        Assert.Equal(since, status.Since);
        Assert.Equal("connection refused", status.LastError);
        Assert.False(status.IsDownLongerThan(TimeSpan.FromSeconds(30)));
        Assert.True(status.IsDownLongerThan(TimeSpan.FromSeconds(19)));
    }
}
