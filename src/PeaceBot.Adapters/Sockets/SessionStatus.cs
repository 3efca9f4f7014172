namespace PeaceBot.Adapters.Sockets;

/// <summary>
/// Whether a socket session (Discord gateway, Slack Socket Mode) is connected now, since when, and why it last
/// dropped: what readiness reports for a platform that has no inbound traffic to prove it is alive.
/// </summary>
public sealed class SessionStatus
{
    private readonly TimeProvider _clock;
    private volatile State _state;

    public SessionStatus(string name, TimeProvider? clock = null)
    {
        Name = name;
        _clock = clock ?? TimeProvider.System;
        _state = new State(false, _clock.GetUtcNow(), null);
    }

    public string Name { get; }

    public bool IsUp => _state.Up;

    /// <summary>When the session last came up or went down (construction time before the first connection).</summary>
    public DateTimeOffset Since => _state.Since;

    /// <summary>Why the last connection ended or failed, when it did; null before any failure.</summary>
    public string? LastError => _state.Error;

    public void Up() => _state = new State(true, _clock.GetUtcNow(), _state.Error);

    public void Down(string? why)
    {
        var now = _state;
        // A failed attempt while already down keeps the first "down since": readiness measures the whole outage.
        _state = new State(false, now.Up ? _clock.GetUtcNow() : now.Since, why ?? now.Error);
    }

    /// <summary>Down for longer than <paramref name="grace"/> (a reconnect in progress is not an outage).</summary>
    public bool IsDownLongerThan(TimeSpan grace) => _state is { Up: false } s && _clock.GetUtcNow() - s.Since > grace;

    private sealed record State(bool Up, DateTimeOffset Since, string? Error);
}
