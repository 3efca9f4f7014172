using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace PeaceBot.Slack.Tests.Fakes;

/// <summary>The server end of one Socket Mode connection: the test sends envelopes and reads the bot's acks.</summary>
public sealed class FakeSocket(WebSocket socket, int number)
{
    private readonly Channel<JsonObject> _received = Channel.CreateUnbounded<JsonObject>();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Number => number;

    /// <summary>Completes when the bot closes (or drops) this socket.</summary>
    public Task Closed => _closed.Task;

    public Task SendAsync(JsonObject message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>Slack ending the connection without warning (e.g. a server restart).</summary>
    public Task CloseFromServerAsync() =>
        socket.CloseOutputAsync(WebSocketCloseStatus.EndpointUnavailable, "going away", CancellationToken.None);

    public async Task<JsonObject> NextMessageAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _received.Reader.ReadAsync(cts.Token);
    }

    public async Task WaitClosedAsync() => await Closed.WaitAsync(TimeSpan.FromSeconds(10));

    internal async Task RunAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        if (socket.State == WebSocketState.CloseReceived)
                            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                        return;
                    }
                    message.Write(buffer, 0, result.Count);
                } while (!result.EndOfMessage);
                await _received.Writer.WriteAsync((JsonObject)JsonNode.Parse(message.ToArray())!);
            }
        }
        catch (WebSocketException)
        {
            // The bot dropped the connection without a close frame (e.g. on shutdown).
        }
        finally
        {
            _closed.TrySetResult();
        }
    }

    public static JsonObject Hello() => new() { ["type"] = "hello", ["num_connections"] = 1, ["debug_info"] = new JsonObject { ["approximate_connection_time"] = 18060 } };

    public static JsonObject Disconnect(string reason = "warning") => new() { ["type"] = "disconnect", ["reason"] = reason };

    public static JsonObject Envelope(string id, string type, JsonNode payload, bool acceptsResponsePayload) => new()
    {
        ["envelope_id"] = id, ["type"] = type, ["payload"] = payload, ["accepts_response_payload"] = acceptsResponsePayload,
    };
}
