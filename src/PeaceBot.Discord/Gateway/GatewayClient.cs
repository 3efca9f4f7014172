using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PeaceBot.Discord.Configuration;
using PeaceBot.Discord.Endpoint;
using PeaceBot.Discord.Interactions;
using PeaceBot.Discord.Rest;

namespace PeaceBot.Discord.Gateway;

/// <summary>
/// Gateway mode: a WebSocket out to Discord for teams with no public URL. HELLO → IDENTIFY (no intents: interactions
/// need none) or RESUME, heartbeats with ACK checks, RECONNECT and INVALID_SESSION handled, reconnects with backoff.
/// INTERACTION_CREATE is answered through the callback endpoint by the same handler as the HTTP endpoint; ids
/// already answered are skipped, so a replay never answers twice.
/// </summary>
public sealed class GatewayClient : BackgroundService
{
    private const int MaxMessageBytes = 4 * 1024 * 1024;
    private static readonly int[] FatalCloseCodes = [4004, 4010, 4011, 4012, 4013, 4014];
    private readonly DiscordOptions _options;
    private readonly DiscordRestClient _rest;
    private readonly InteractionHandler _handler;
    private readonly ILogger<GatewayClient> _logger;
    private readonly GatewaySession _session = new();
    private readonly RecentIds _answered = new();

    public GatewayClient(IOptions<DiscordOptions> options, DiscordRestClient rest, InteractionHandler handler, ILogger<GatewayClient> logger)
    {
        (_options, _rest, _handler, _logger) = (options.Value, rest, handler, logger);
    }

    /// <summary>Connections made so far (for tests and logs).</summary>
    public int Connections { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var url = _session.ResumeUrl ?? await GatewayUrlAsync(stoppingToken);
                var closeCode = await RunConnectionAsync(url, stoppingToken);
                if (closeCode is { } code && FatalCloseCodes.Contains(code))
                {
                    _logger.LogError("Discord gateway closed with {Code}; not reconnecting (check Discord:BotToken and the application's settings)", code);
                    return;
                }
                backoff = TimeSpan.FromSeconds(1);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Whatever broke this connection (including a frame shaped unlike Discord's), the service must not
                // die with it: a faulted BackgroundService stops the whole host.
                _logger.LogWarning("Discord gateway connection lost ({Reason}); reconnecting in {Seconds} s", e.Message, backoff.TotalSeconds);
                await Task.Delay(backoff, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                backoff = TimeSpan.FromSeconds(Math.Min(60, backoff.TotalSeconds * 2));
            }
        }
    }

    private async Task<string> GatewayUrlAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(_options.GatewayUrl)) return _options.GatewayUrl;
        using var response = await _rest.GetGatewayBotAsync(ct);
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return doc.RootElement.GetProperty("url").GetString() ?? throw new InvalidOperationException("GET /gateway/bot returned no url");
    }

    private async Task<int?> RunConnectionAsync(string baseUrl, CancellationToken stoppingToken)
    {
        using var socket = new ClientWebSocket();
        var url = new Uri(baseUrl.Contains('?') ? baseUrl : $"{baseUrl.TrimEnd('/')}/?v=10&encoding=json");
        await socket.ConnectAsync(url, stoppingToken);
        Connections++;
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var send = new SemaphoreSlim(1, 1);
        Task? heartbeat = null;
        var acked = true;

        async Task Send(JsonObject payload)
        {
            var bytes = Encoding.UTF8.GetBytes(payload.ToJsonString());
            await send.WaitAsync(connection.Token);
            try { await socket.SendAsync(bytes, WebSocketMessageType.Text, true, connection.Token); }
            finally { send.Release(); }
        }

        JsonObject Beat() => new() { ["op"] = 1, ["d"] = _session.Sequence is { } s ? JsonValue.Create(s) : null };

        try
        {
            while (socket.State == WebSocketState.Open && !connection.IsCancellationRequested)
            {
                using var message = await ReceiveAsync(socket, connection.Token);
                if (message is null) break;
                var root = message.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("op", out var opElement)
                    || opElement.ValueKind != JsonValueKind.Number || !opElement.TryGetInt32(out var op))
                {
                    _logger.LogWarning("Discord gateway sent a frame without an integer op; ignored");
                    continue;
                }
                if (root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number) _session.Sequence = s.GetInt64();
                switch (op)
                {
                    case 10: // HELLO
                        var interval = TimeSpan.FromMilliseconds(root.GetProperty("d").GetProperty("heartbeat_interval").GetDouble());
                        heartbeat = Task.Run(async () =>
                        {
                            await Task.Delay(interval * Random.Shared.NextDouble(), connection.Token);
                            while (!connection.IsCancellationRequested)
                            {
                                if (!acked)
                                {
                                    _logger.LogWarning("Discord gateway missed a heartbeat ACK; reconnecting");
                                    await connection.CancelAsync();
                                    return;
                                }
                                acked = false;
                                await Send(Beat());
                                await Task.Delay(interval, connection.Token);
                            }
                        }, connection.Token);
                        await Send(_session.CanResume ? Resume() : Identify());
                        break;
                    case 11: acked = true; break;
                    case 1: await Send(Beat()); break;
                    case 7: // RECONNECT
                        _logger.LogInformation("Discord asked the gateway to reconnect");
                        await CloseQuietly(socket, (WebSocketCloseStatus)4000);
                        return null;
                    case 9: // INVALID_SESSION
                        var resumable = root.TryGetProperty("d", out var d) && d.ValueKind == JsonValueKind.True;
                        if (!resumable) _session.Forget();
                        // Wait the 1–5 s Discord asks for without blocking the reads (heartbeat ACKs keep coming).
                        _ = Task.Run(async () =>
                        {
                            await Task.Delay(TimeSpan.FromMilliseconds(1000 + Random.Shared.Next(4000)), connection.Token);
                            await Send(_session.CanResume ? Resume() : Identify());
                        }, connection.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                        break;
                    case 0:
                        await DispatchAsync(root, connection.Token);
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // Missed ACK: fall through to a reconnect.
        }
        finally
        {
            await connection.CancelAsync();
            if (heartbeat is not null) await heartbeat.ContinueWith(_ => { }, TaskScheduler.Default);
        }
        if (stoppingToken.IsCancellationRequested) await CloseQuietly(socket, WebSocketCloseStatus.NormalClosure);
        return (int?)socket.CloseStatus;
    }

    private async Task DispatchAsync(JsonElement root, CancellationToken ct)
    {
        var type = root.TryGetProperty("t", out var t) ? t.GetString() : null;
        var data = root.GetProperty("d");
        if (type == "READY" || type == "RESUMED")
        {
            if (type == "READY")
            {
                _session.SessionId = data.GetProperty("session_id").GetString();
                _session.ResumeUrl = data.TryGetProperty("resume_gateway_url", out var r) ? r.GetString() : null;
            }
            _logger.LogInformation("Discord gateway {State}", type == "READY" ? "ready" : "resumed");
            return;
        }
        if (type != "INTERACTION_CREATE") return;
        if (!InteractionParser.TryRead(data, out var interaction, out var error))
        {
            _logger.LogWarning("Ignored a malformed gateway interaction: {Error}", error);
            return;
        }
        if (!_answered.Add(interaction!.Id)) return;
        _ = Task.Run(async () =>
        {
            try
            {
                var response = await _handler.HandleAsync(interaction, CancellationToken.None);
                using var sent = await _rest.CallbackAsync(interaction.Id, interaction.Token, response, CancellationToken.None);
                if (!sent.IsSuccessStatusCode) _logger.LogWarning("Discord interaction callback failed: {Status}", (int)sent.StatusCode);
            }
            catch (Exception e)
            {
                _logger.LogError(e, "Answering a gateway interaction failed");
            }
        }, ct);
    }

    private JsonObject Identify() => new()
    {
        ["op"] = 2,
        ["d"] = new JsonObject
        {
            ["token"] = _options.BotToken,
            ["intents"] = 0,
            ["properties"] = new JsonObject { ["os"] = Environment.OSVersion.Platform.ToString().ToLowerInvariant(), ["browser"] = "peacebot", ["device"] = "peacebot" },
        },
    };

    private JsonObject Resume() => new()
    {
        ["op"] = 6,
        ["d"] = new JsonObject { ["token"] = _options.BotToken, ["session_id"] = _session.SessionId, ["seq"] = _session.Sequence },
    };

    private static async Task<JsonDocument?> ReceiveAsync(ClientWebSocket socket, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(chunk, ct);
            if (result.MessageType == WebSocketMessageType.Close) return null;
            buffer.Write(chunk, 0, result.Count);
            if (buffer.Length > MaxMessageBytes) throw new InvalidOperationException("gateway message too large");
            if (result.EndOfMessage) break;
        }
        return JsonDocument.Parse(buffer.ToArray());
    }

    private static async Task CloseQuietly(ClientWebSocket socket, WebSocketCloseStatus status)
    {
        try
        {
            if (socket.State == WebSocketState.Open)
                await socket.CloseOutputAsync(status, "", CancellationToken.None);
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException)
        {
        }
    }
}
