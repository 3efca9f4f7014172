using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace PeaceBot.Slack.SocketMode;

/// <summary>One Socket Mode WebSocket: whole-message receive and serialised sends (a WebSocket allows one send at a time).</summary>
internal sealed class SocketModeConnection(ClientWebSocket socket) : IAsyncDisposable
{
    private const int MaxMessageBytes = 1024 * 1024;
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public static async Task<SocketModeConnection> ConnectAsync(Uri url, CancellationToken ct)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(url, ct);
            return new SocketModeConnection(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public bool IsOpen => socket.State == WebSocketState.Open;

    /// <summary>The next text message, or null when the socket closed.</summary>
    public async Task<string?> ReceiveAsync(CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(chunk, ct);
            if (result.MessageType == WebSocketMessageType.Close) return null;
            buffer.Write(chunk, 0, result.Count);
            if (buffer.Length > MaxMessageBytes) throw new InvalidDataException("Socket Mode message over 1 MB");
            if (result.EndOfMessage) return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
    }

    public async Task SendAsync(JsonObject message, CancellationToken ct)
    {
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await _sendLock.WaitAsync(ct);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, true, ct);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public async Task CloseAsync()
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived)) return;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "reconnecting", timeout.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The old socket is being replaced; a failed goodbye changes nothing.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync();
        socket.Dispose();
        _sendLock.Dispose();
    }
}
