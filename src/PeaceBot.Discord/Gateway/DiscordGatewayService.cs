using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PeaceBot.Discord.Configuration;
using PeaceBot.Discord.Interactions;

namespace PeaceBot.Discord.Gateway;

/// <summary>
/// Gateway mode: keeps a WebSocket session to Discord (HELLO, IDENTIFY with no intents, heartbeats, RESUME after
/// drops, RECONNECT, INVALID_SESSION), answers INTERACTION_CREATE through the REST callback with the same handler
/// as the HTTP endpoint, and reconnects with backoff. Interaction ids already answered are skipped.
/// </summary>
public sealed class DiscordGatewayService(
    IOptions<DiscordOptions> options,
    InteractionHandler handler,
    DiscordRestClient rest,
    ILogger<DiscordGatewayService> log) : BackgroundService
{
    public const int MaxFrameBytes = 1 << 20;
    private static readonly int[] FatalCloseCodes = [4004, 4010, 4011, 4012, 4013, 4014];

    private readonly RecentIds _answered = new(2048);
    private string? _gatewayUrl;
    private string? _sessionId;
    private string? _resumeUrl;
    private long? _sequence;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var established = false;
            try
            {
                _gatewayUrl ??= await rest.GetGatewayUrlAsync(stoppingToken);
                var url = _sessionId is not null && _resumeUrl is not null ? _resumeUrl : _gatewayUrl;
                var end = await RunSessionAsync(WithQuery(url), () => established = true, stoppingToken);
                if (end == SessionEnd.Fatal) return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Whatever broke this session, the service must live on and reconnect.
                log.LogWarning(e, "Discord gateway: connection failed");
            }
            failures = established ? 0 : failures + 1;
            var wait = options.Value.GatewayBackoff * Math.Pow(2, Math.Min(failures, 5));
            await Task.Delay(wait, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private enum SessionEnd { Reconnect, Fatal }

    private async Task<SessionEnd> RunSessionAsync(Uri uri, Action established, CancellationToken stoppingToken)
    {
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(uri, stoppingToken);
        using var session = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        using var sendLock = new SemaphoreSlim(1, 1);
        async Task SendAsync(JsonObject frame)
        {
            await sendLock.WaitAsync(session.Token);
            try
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(frame.ToJsonString()), WebSocketMessageType.Text, true, session.Token);
            }
            finally
            {
                sendLock.Release();
            }
        }
        JsonObject Heartbeat() => new() { ["op"] = GatewayOpcode.Heartbeat, ["d"] = _sequence is { } s ? JsonValue.Create(s) : null };

        var hello = await ReceiveAsync(socket, session.Token);
        if (hello is null || (int?)hello["op"] != GatewayOpcode.Hello) return SessionEnd.Reconnect;
        var interval = TimeSpan.FromMilliseconds((double)hello["d"]!["heartbeat_interval"]!);

        var acked = true;
        var heartbeats = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(interval * Random.Shared.NextDouble(), session.Token);
                while (!session.IsCancellationRequested)
                {
                    if (!Volatile.Read(ref acked))
                    {
                        // A zombie connection: drop it (not with 1000/1001, which would end the session) and resume.
                        log.LogWarning("Discord gateway: heartbeat not acknowledged; reconnecting");
                        await session.CancelAsync();
                        return;
                    }
                    Volatile.Write(ref acked, false);
                    await SendAsync(Heartbeat());
                    await Task.Delay(interval, session.Token);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
            {
            }
        });

        try
        {
            var token = options.Value.BotToken!.Trim();
            await SendAsync(_sessionId is not null
                ? new JsonObject { ["op"] = GatewayOpcode.Resume, ["d"] = new JsonObject { ["token"] = token, ["session_id"] = _sessionId, ["seq"] = _sequence } }
                : new JsonObject
                {
                    ["op"] = GatewayOpcode.Identify,
                    ["d"] = new JsonObject
                    {
                        ["token"] = token,
                        ["intents"] = 0,
                        ["properties"] = new JsonObject { ["os"] = Environment.OSVersion.Platform.ToString().ToLowerInvariant(), ["browser"] = "peacebot", ["device"] = "peacebot" },
                    },
                });

            while (true)
            {
                JsonObject? frame;
                try
                {
                    frame = await ReceiveAsync(socket, session.Token);
                }
                catch (Exception e) when (e is WebSocketException || (e is OperationCanceledException && !stoppingToken.IsCancellationRequested))
                {
                    // A dropped connection, or the heartbeat loop gave up on a zombie: resume on a new one.
                    socket.Abort();
                    return SessionEnd.Reconnect;
                }
                if (frame is null)
                {
                    var code = (int?)socket.CloseStatus;
                    if (code is not null && FatalCloseCodes.Contains(code.Value))
                    {
                        log.LogError("Discord gateway closed with {Code} ({Reason}); not reconnecting", code, socket.CloseStatusDescription);
                        return SessionEnd.Fatal;
                    }
                    return SessionEnd.Reconnect;
                }

                switch ((int?)frame["op"])
                {
                    case GatewayOpcode.Dispatch:
                        if (frame["s"] is JsonValue s && s.TryGetValue<long>(out var seq)) _sequence = seq;
                        var type = frame["t"]?.GetValue<string>();
                        if (type == "READY")
                        {
                            _sessionId = frame["d"]?["session_id"]?.GetValue<string>();
                            _resumeUrl = frame["d"]?["resume_gateway_url"]?.GetValue<string>();
                            established();
                        }
                        else if (type == "RESUMED")
                        {
                            established();
                        }
                        else if (type == "INTERACTION_CREATE" && frame["d"] is JsonObject d)
                        {
                            _ = AnswerAsync(d.ToJsonString(), stoppingToken);
                        }
                        break;
                    case GatewayOpcode.Heartbeat:
                        await SendAsync(Heartbeat());
                        break;
                    case GatewayOpcode.HeartbeatAck:
                        Volatile.Write(ref acked, true);
                        break;
                    case GatewayOpcode.Reconnect:
                        await CloseQuietlyAsync(socket);
                        return SessionEnd.Reconnect;
                    case GatewayOpcode.InvalidSession:
                        if (frame["d"] is not JsonValue resumable || !resumable.TryGetValue<bool>(out var r) || !r)
                        {
                            _sessionId = null;
                            _resumeUrl = null;
                            _sequence = null;
                        }
                        await CloseQuietlyAsync(socket);
                        return SessionEnd.Reconnect;
                }
            }
        }
        finally
        {
            await session.CancelAsync();
            await heartbeats;
        }
    }

    private async Task AnswerAsync(string json, CancellationToken stoppingToken)
    {
        try
        {
            if (!InteractionParser.TryParse(Encoding.UTF8.GetBytes(json), out var interaction, out var error))
            {
                log.LogWarning("Discord gateway: unreadable interaction: {Error}", error);
                return;
            }
            if (!_answered.TryAdd(interaction!.Id)) return;
            var reply = await handler.HandleAsync(interaction, stoppingToken);
            await rest.PostCallbackAsync(interaction.Id, interaction.Token, reply, stoppingToken);
        }
        catch (Exception e)
        {
            // Nobody awaits this task: log here or lose it.
            log.LogWarning(e, "Discord gateway: answering an interaction failed");
        }
    }

    private static async Task<JsonObject?> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(chunk, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close) return null;
            buffer.Write(chunk, 0, result.Count);
            if (buffer.Length > MaxFrameBytes) throw new WebSocketException("gateway frame too large");
            if (result.EndOfMessage) break;
        }
        return JsonNode.Parse(buffer.ToArray()) as JsonObject;
    }

    private static async Task CloseQuietlyAsync(ClientWebSocket socket)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            // 4000 rather than 1000: a normal close would invalidate the session we want to resume.
            await socket.CloseOutputAsync((WebSocketCloseStatus)4000, "reconnecting", timeout.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    private static Uri WithQuery(string url)
    {
        var builder = new UriBuilder(url);
        builder.Query = "v=10&encoding=json";
        return builder.Uri;
    }
}
