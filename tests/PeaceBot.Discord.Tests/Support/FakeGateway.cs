using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PeaceBot.Discord.Tests.Support;

/// <summary>An in-process Discord gateway: each WebSocket connection is handed to the test, which scripts it.</summary>
internal sealed class FakeGateway : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<Connection> _connections = Channel.CreateUnbounded<Connection>();
    public string Url { get; }

    private FakeGateway(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    public static async Task<FakeGateway> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseWebSockets();
        FakeGateway? self = null;
        app.Run(async context =>
        {
            if (!context.WebSockets.IsWebSocketRequest)
            {
                context.Response.StatusCode = 400;
                return;
            }
            var socket = await context.WebSockets.AcceptWebSocketAsync();
            var connection = new Connection(socket, context.Request.Path + context.Request.QueryString);
            await self!._connections.Writer.WriteAsync(connection);
            await connection.Finished.Task;
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        self = new FakeGateway(app, address.Replace("http://", "ws://", StringComparison.Ordinal));
        return self;
    }

    public async Task<Connection> NextConnectionAsync(TimeSpan? within = null)
    {
        using var timeout = new CancellationTokenSource(within ?? TimeSpan.FromSeconds(10));
        return await _connections.Reader.ReadAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    /// <summary>One client connection. A pump reads all the time, acknowledging heartbeats as Discord does, and queues the rest.</summary>
    internal sealed class Connection
    {
        private readonly WebSocket socket;
        private readonly Channel<JsonObject> _frames = Channel.CreateUnbounded<JsonObject>();
        private readonly SemaphoreSlim _sendLock = new(1, 1);
        private int _heartbeats;

        public Connection(WebSocket socket, string pathAndQuery)
        {
            this.socket = socket;
            PathAndQuery = pathAndQuery;
            _ = Task.Run(PumpAsync);
        }

        public string PathAndQuery { get; }
        public TaskCompletionSource Finished { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int HeartbeatsSeen => Volatile.Read(ref _heartbeats);

        /// <summary>False plays a zombie connection: heartbeats go unanswered.</summary>
        public bool AcknowledgeHeartbeats { get; set; } = true;

        public async Task SendAsync(JsonObject frame)
        {
            await _sendLock.WaitAsync();
            try
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(frame.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
            }
            finally
            {
                _sendLock.Release();
            }
        }

        /// <summary>The next frame that is not a heartbeat.</summary>
        public async Task<JsonObject> ReceiveAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            return await _frames.Reader.ReadAsync(timeout.Token);
        }

        private async Task PumpAsync()
        {
            try
            {
                var chunk = new byte[8192];
                while (true)
                {
                    using var buffer = new MemoryStream();
                    WebSocketReceiveResult result;
                    do
                    {
                        result = await socket.ReceiveAsync(chunk, CancellationToken.None);
                        if (result.MessageType == WebSocketMessageType.Close) return;
                        buffer.Write(chunk, 0, result.Count);
                    } while (!result.EndOfMessage);
                    var frame = JsonNode.Parse(buffer.ToArray())!.AsObject();
                    if ((int)frame["op"]! == 1)
                    {
                        Interlocked.Increment(ref _heartbeats);
                        if (AcknowledgeHeartbeats) await SendAsync(new JsonObject { ["op"] = 11 });
                    }
                    else
                    {
                        await _frames.Writer.WriteAsync(frame);
                    }
                }
            }
            catch (Exception e) when (e is WebSocketException or ObjectDisposedException or OperationCanceledException)
            {
            }
            finally
            {
                _frames.Writer.TryComplete();
            }
        }

        /// <summary>Drops the connection without a close handshake, like a network failure.</summary>
        public void Drop()
        {
            socket.Abort();
            Finished.TrySetResult();
        }

        public async Task CloseAsync(int code)
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, "bye", CancellationToken.None);
            Finished.TrySetResult();
        }
    }
}
