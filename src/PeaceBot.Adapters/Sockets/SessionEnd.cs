namespace PeaceBot.Adapters.Sockets;

/// <summary>How one connection of a session ended, and so what the loop does next.</summary>
public sealed record SessionEnd
{
    private SessionEnd(bool stop, SocketConnection? replacement, Task? retire) => (Stop, Replacement, Retire) = (stop, replacement, retire);

    /// <summary>Do not reconnect (a fatal close, or the host is stopping).</summary>
    public bool Stop { get; }

    /// <summary>A connection the platform already handed over to (Slack's <c>disconnect</c>): used at once, no wait.</summary>
    public SocketConnection? Replacement { get; }

    /// <summary>What the old connection still has to send (acks) before it is closed; null closes it at once.</summary>
    public Task? Retire { get; }

    public static SessionEnd Reconnect { get; } = new(false, null, null);
    public static SessionEnd Fatal { get; } = new(true, null, null);
    public static SessionEnd HandOver(SocketConnection next, Task? retire = null) => new(false, next, retire);
}
