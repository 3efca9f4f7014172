using System.Net.WebSockets;
using System.Text;

namespace PeaceBot.Adapters.Sockets;

/// <summary>
/// One client WebSocket: whole-message text receive (bounded), serialised sends (a WebSocket allows one send at a
/// time), and liveness: a WebSocket PING every <c>keepAlive</c>, and the connection is aborted when no PONG comes
/// back within the timeout (the receive then fails and the session reconnects).
/// </summary>
public sealed class SocketConnection : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly int _maxMessageBytes;
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    private SocketConnection(ClientWebSocket socket, int maxMessageBytes) => (_socket, _maxMessageBytes) = (socket, maxMessageBytes);

    public static async Task<SocketConnection> ConnectAsync(Uri url, SocketLiveness liveness, int maxMessageBytes, CancellationToken ct)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = liveness.PingInterval;
        socket.Options.KeepAliveTimeout = liveness.PongTimeout;
        try
        {
            await socket.ConnectAsync(url, ct).ConfigureAwait(false);
            return new SocketConnection(socket, maxMessageBytes);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public bool IsOpen => _socket.State == WebSocketState.Open;

    /// <summary>The close code the other side sent, once it closed.</summary>
    public int? CloseCode => (int?)_socket.CloseStatus;

    /// <summary>The next text message, or null when the socket closed.</summary>
    public async Task<string?> ReceiveAsync(CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var result = await _socket.ReceiveAsync(chunk, ct).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close) return null;
            buffer.Write(chunk, 0, result.Count);
            if (buffer.Length > _maxMessageBytes) throw new InvalidDataException($"WebSocket message over {_maxMessageBytes} bytes");
            if (result.EndOfMessage) return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
    }

    public async Task SendAsync(string text, CancellationToken ct)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        await _sendLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, true, ct).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Says goodbye with <paramref name="code"/>; a failed goodbye changes nothing (the socket is being replaced).</summary>
    public async Task CloseAsync(int code = (int)WebSocketCloseStatus.NormalClosure)
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived)) return;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _socket.CloseOutputAsync((WebSocketCloseStatus)code, "", timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync().ConfigureAwait(false);
        _socket.Dispose();
        _sendLock.Dispose();
    }
}
