using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PeaceBot.Adapters.Replies;
using PeaceBot.Adapters.Security;
using PeaceBot.Adapters.Sockets;
using PeaceBot.Discord.Configuration;
using PeaceBot.Discord.Endpoint;
using PeaceBot.Discord.Interactions;
using PeaceBot.Discord.Rest;
using PeaceBot.Discord.Security;

namespace PeaceBot.Discord.Gateway;

/// <summary>
/// Gateway mode: a WebSocket out to Discord for teams with no public URL. HELLO → IDENTIFY (no intents: interactions
/// need none) or RESUME, heartbeats with ACK checks, RECONNECT and INVALID_SESSION handled, reconnects with backoff.
/// INTERACTION_CREATE is answered through the callback endpoint by the same handler as the HTTP endpoint; ids
/// already answered are skipped, so a replay never answers twice.
/// </summary>
public sealed class GatewayClient : BackgroundService, ISocketSession
{
    private const int MaxMessageBytes = 4 * 1024 * 1024;
    private readonly DiscordOptions _options;
    private readonly DiscordRestClient _rest;
    private readonly InteractionHandler _handler;
    private readonly ILogger<GatewayClient> _logger;
    private readonly GatewaySession _session = new();
    private readonly ReplayGuard _replays;
    private readonly ReplyTracker _replies;
    private readonly SessionLoop _loop;

    public GatewayClient(IOptions<DiscordOptions> options, DiscordRestClient rest, InteractionHandler handler, ReplayGuard replays,
        ReplyTracker replies, ILogger<GatewayClient> logger)
    {
        (_options, _rest, _handler, _replays, _replies, _logger) = (options.Value, rest, handler, replays, replies, logger);
        var backoff = new Backoff(TimeSpan.FromMilliseconds(_options.ReconnectMilliseconds), TimeSpan.FromSeconds(60));
        _loop = new SessionLoop("Discord gateway", backoff, SocketLiveness.Default, MaxMessageBytes, logger);
    }

    /// <summary>Connections made so far (for tests and logs).</summary>
    public int Connections => _loop.Connections;

    /// <summary>Whether the gateway connection is up now, for readiness.</summary>
    public SessionStatus Session => _loop.Status;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _loop.RunAsync(LocateAsync, RunConnectionAsync, stoppingToken);

    private async Task<Uri?> LocateAsync(CancellationToken ct)
    {
        var baseUrl = _session.ResumeUrl ?? await GatewayUrlAsync(ct);
        return new Uri(baseUrl.Contains('?') ? baseUrl : $"{baseUrl.TrimEnd('/')}/?v=10&encoding=json");
    }

    private async Task<string> GatewayUrlAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(_options.GatewayUrl)) return _options.GatewayUrl;
        using var response = await _rest.GetGatewayBotAsync(ct);
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return doc.RootElement.GetProperty("url").GetString() ?? throw new InvalidOperationException("GET /gateway/bot returned no url");
    }

    private async Task<SessionEnd> RunConnectionAsync(SocketConnection socket, CancellationToken stoppingToken)
    {
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        Task? heartbeat = null;
        var acked = true;

        Task Send(JsonObject payload) => socket.SendAsync(payload.ToJsonString(), connection.Token);

        JsonObject Beat() => new() { ["op"] = 1, ["d"] = _session.Sequence is { } s ? JsonValue.Create(s) : null };

        try
        {
            while (socket.IsOpen && !connection.IsCancellationRequested)
            {
                var text = await socket.ReceiveAsync(connection.Token);
                if (text is null) break;
                if (!PeaceBot.Adapters.Parsing.StrictJson.IsValid(text))
                {
                    _logger.LogWarning("Discord gateway sent a frame that is not JSON with readable strings; ignored");
                    continue;
                }
                using var message = JsonDocument.Parse(text);
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
                        await socket.CloseAsync(4000);
                        return SessionEnd.Reconnect;
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
                        Dispatch(root);
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
        if (stoppingToken.IsCancellationRequested) return SessionEnd.Fatal;
        return AfterClose(socket.CloseCode);
    }

    /// <summary>What a close code means: fatal (stop), a session Discord will not resume (identify anew), or resume.</summary>
    private SessionEnd AfterClose(int? code)
    {
        if (code is { } fatal && GatewayCloseCodes.IsFatal(fatal))
        {
            _logger.LogError("Discord gateway closed with {Code}; not reconnecting (check Discord:BotToken and the application's settings)", fatal);
            return SessionEnd.Fatal;
        }
        if (code is { } fresh && GatewayCloseCodes.NeedsNewSession(fresh))
        {
            _logger.LogWarning("Discord gateway closed with {Code}; the session cannot be resumed, identifying anew", fresh);
            _session.Forget();
        }
        return SessionEnd.Reconnect;
    }

    private void Dispatch(JsonElement root)
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
        if (!_replays.TryClaim("discord-interaction", interaction!.Id, 2 * DiscordSignatureVerifier.MaxSkew)) return;
        _ = _replies.Run("gateway interaction", async stop =>
        {
            var response = await _handler.HandleAsync(interaction, CancellationToken.None);
            using var sent = await _rest.CallbackAsync(interaction.Id, interaction.Token, response, stop);
            if (!sent.IsSuccessStatusCode) _logger.LogWarning("Discord interaction callback failed: {Status}", (int)sent.StatusCode);
        });
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
}
