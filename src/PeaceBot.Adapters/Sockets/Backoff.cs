namespace PeaceBot.Adapters.Sockets;

/// <summary>
/// Reconnect delays: exponential from <c>Initial</c> up to <c>Max</c>, each drawn with jitter between half and the
/// whole of the step, so a fleet of bots (or one bot in a crash loop) never reconnects in lockstep or in a burst.
/// Every reconnect waits; <see cref="Reset"/> only brings the step back to the first.
/// </summary>
public sealed class Backoff
{
    private readonly TimeSpan _initial;
    private readonly TimeSpan _max;
    private readonly Random _random;
    private int _attempt;

    public Backoff(TimeSpan initial, TimeSpan max, Random? random = null)
    {
        if (initial <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(initial), "the first reconnect delay must be positive");
        (_initial, _max, _random) = (initial, max < initial ? initial : max, random ?? Random.Shared);
    }

    public TimeSpan Next()
    {
        var step = Math.Min(_max.TotalMilliseconds, _initial.TotalMilliseconds * Math.Pow(2, Math.Min(_attempt, 30)));
        _attempt++;
        return TimeSpan.FromMilliseconds(step * (0.5 + _random.NextDouble() * 0.5));
    }

    public void Reset() => _attempt = 0;
}
