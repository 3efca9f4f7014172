using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace PeaceBot.Discord.Tests.Support;

/// <summary>
/// Discord's gateway in-process: each connection gets HELLO, and the test reads what the bot sends (IDENTIFY,
/// RESUME, heartbeats) and pushes dispatches, or drops the connection to see the bot resume.
/// </summary>
public sealed class FakeGateway : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<WebSocket> _connections = Channel.CreateUnbounded<WebSocket>();

    private FakeGateway(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";
    public ConcurrentQueue<JsonObject> Received { get; } = new();

    public static async Task<FakeGateway> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var gateway = new FakeGateway(app);
        app.UseWebSockets();
        app.Run(async http =>
        {
            if (!http.WebSockets.IsWebSocketRequest) { http.Response.StatusCode = 400; return; }
            using var socket = await http.WebSockets.AcceptWebSocketAsync();
            await SendAsync(socket, new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = 1000 } });
            await gateway._connections.Writer.WriteAsync(socket);
            var buffer = new byte[64 * 1024];
            while (socket.State == WebSocketState.Open)
            {
                WebSocketReceiveResult result;
                try { result = await socket.ReceiveAsync(buffer, CancellationToken.None); }
                catch (WebSocketException) { break; }
                if (result.MessageType == WebSocketMessageType.Close) break;
                var payload = JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count))!.AsObject();
                gateway.Received.Enqueue(payload);
                if ((int)payload["op"]! == 1) await SendAsync(socket, new JsonObject { ["op"] = 11 });
            }
        });
        await app.StartAsync();
        gateway.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("http://", "ws://");
        return gateway;
    }

    public async Task<WebSocket> NextConnectionAsync() =>
        await _connections.Reader.ReadAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);

    public static Task SendAsync(WebSocket socket, JsonObject payload) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(payload.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);

    public async Task<JsonObject> WaitForOpAsync(int op, int skip = 0)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < until)
        {
            var found = Received.Where(p => (int)p["op"]! == op).Skip(skip).FirstOrDefault();
            if (found is not null) return found;
            await Task.Delay(20);
        }
        throw new TimeoutException($"op {op} never came");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
