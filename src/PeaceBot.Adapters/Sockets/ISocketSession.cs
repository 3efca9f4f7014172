namespace PeaceBot.Adapters.Sockets;

/// <summary>A hosted service that keeps a socket session to a platform open; the host reads its state for readiness.</summary>
public interface ISocketSession
{
    SessionStatus Session { get; }
}
