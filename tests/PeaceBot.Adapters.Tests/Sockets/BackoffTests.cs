using PeaceBot.Adapters.Sockets;

namespace PeaceBot.Adapters.Tests.Sockets;

public sealed class BackoffTests
{
    [Fact]
    public void Every_delay_is_jittered_between_half_and_all_of_a_doubling_step_up_to_the_cap()
    {
        var backoff = new Backoff(TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(1000), new Random(7));
        double[] steps = [100, 200, 400, 800, 1000, 1000];
        var delays = steps.Select(_ => backoff.Next().TotalMilliseconds).ToArray();
        for (var i = 0; i < steps.Length; i++)
            Assert.InRange(delays[i], steps[i] / 2, steps[i]);
        Assert.True(delays.Distinct().Count() > 1, "jitter makes delays differ");
    }

    [Fact]
    public void Reset_goes_back_to_the_first_step_but_still_waits()
    {
        var backoff = new Backoff(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10), new Random(1));
        for (var i = 0; i < 5; i++) backoff.Next();
        backoff.Reset();
        Assert.InRange(backoff.Next().TotalMilliseconds, 50, 100);
    }

    [Fact]
    public void Two_bots_do_not_reconnect_in_lockstep()
    {
        var a = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), new Random(1));
        var b = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), new Random(2));
        Assert.NotEqual(Enumerable.Range(0, 5).Select(_ => a.Next()), Enumerable.Range(0, 5).Select(_ => b.Next()));
    }

    [Fact]
    public void A_zero_first_delay_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Backoff(TimeSpan.Zero, TimeSpan.FromSeconds(1)));
    }
}
