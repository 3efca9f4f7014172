namespace PeaceBot.Adapters.Sockets;

/// <summary>How one connection of a session ended, and so what the loop does next.</summary>
public sealed record SessionEnd
{
    private SessionEnd(bool stop, SocketConnection? replacement) => (Stop, Replacement) = (stop, replacement);

    /// <summary>Do not reconnect (a fatal close, or the host is stopping).</summary>
    public bool Stop { get; }

    /// <summary>A connection the platform already handed over to (Slack's <c>disconnect</c>): used at once, no wait.</summary>
    public SocketConnection? Replacement { get; }

    public static SessionEnd Reconnect { get; } = new(false, null);
    public static SessionEnd Fatal { get; } = new(true, null);
    public static SessionEnd HandOver(SocketConnection next) => new(false, next);
}
