namespace PeaceBot.Adapters.Sockets;

/// <summary>How often a session pings, and how long it waits for the PONG before it gives the connection up.</summary>
public sealed record SocketLiveness(TimeSpan PingInterval, TimeSpan PongTimeout)
{
    public static SocketLiveness Default { get; } = new(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5));
}
