using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PeaceBot.Adapters.Sockets;
using PeaceBot.Slack.Configuration;
using PeaceBot.Slack.Handlers;
using PeaceBot.Slack.WebApi;

namespace PeaceBot.Slack.SocketMode;

/// <summary>
/// Slack Socket Mode: no public URL; Slack pushes envelopes over a WebSocket opened with apps.connections.open.
/// Every envelope is acked (slash commands with their inline reply when ready), and a <c>disconnect</c> makes
/// us open the next socket before the old one goes away. Liveness (PING, reconnect without PONG) and the
/// reconnect backoff are the toolkit's <see cref="SessionLoop"/>.
/// </summary>
internal sealed class SocketModeService : BackgroundService, ISocketSession
{
    private const int MaxMessageBytes = 1024 * 1024;
    // Slack wants an ack within 3 s: an envelope still being answered when Slack moves us is given that long to ack on its socket.
    private static readonly TimeSpan AckGrace = TimeSpan.FromSeconds(3);
    private readonly SlackWebApiClient api;
    private readonly SlashCommandHandler commands;
    private readonly EventsHandler events;
    private readonly InteractionsHandler interactions;
    private readonly ILogger<SocketModeService> log;
    private readonly SessionLoop _loop;

    public SocketModeService(SlackWebApiClient api, SlashCommandHandler commands, EventsHandler events, InteractionsHandler interactions,
        IOptions<SlackOptions> options, ILogger<SocketModeService> log)
    {
        (this.api, this.commands, this.events, this.interactions, this.log) = (api, commands, events, interactions, log);
        var o = options.Value;
        var backoff = new Backoff(TimeSpan.FromMilliseconds(o.ReconnectMilliseconds), TimeSpan.FromSeconds(30));
        var liveness = new SocketLiveness(TimeSpan.FromMilliseconds(o.PingIntervalMilliseconds), TimeSpan.FromMilliseconds(o.PongTimeoutMilliseconds));
        _loop = new SessionLoop("Slack Socket Mode", backoff, liveness, MaxMessageBytes, log);
    }

    /// <summary>Whether the Socket Mode connection is up now, for readiness.</summary>
    public SessionStatus Session => _loop.Status;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _loop.RunAsync(api.OpenSocketConnectionAsync, PumpAsync, stoppingToken);

    /// <summary>Reads envelopes until the socket closes or Slack asks us to move; hands over to the replacement socket if one was opened.</summary>
    private async Task<SessionEnd> PumpAsync(SocketConnection socket, CancellationToken ct)
    {
        var inFlight = new System.Collections.Concurrent.ConcurrentDictionary<Task, byte>();
        log.LogInformation("Slack Socket Mode socket {Count} open", _loop.Connections);
        while (!ct.IsCancellationRequested)
        {
            var text = await socket.ReceiveAsync(ct);
            if (text is null) return SessionEnd.Reconnect;

            JsonObject? envelope;
            if (!PeaceBot.Adapters.Parsing.StrictJson.IsValid(text))
            {
                log.LogWarning("Slack Socket Mode sent a message that is not JSON with readable strings");
                continue;
            }
            try
            {
                envelope = JsonNode.Parse(text) as JsonObject;
            }
            catch (JsonException)
            {
                log.LogWarning("Slack Socket Mode sent a message that is not JSON");
                continue;
            }
            if (envelope is null) continue;

            switch (envelope["type"]?.ToString())
            {
                case "hello":
                    log.LogInformation("Slack Socket Mode connected ({Connections} connection(s))", envelope["num_connections"]?.ToString() ?? "?");
                    break;
                case "disconnect":
                    log.LogInformation("Slack Socket Mode disconnect ({Reason}); opening a new socket first", envelope["reason"]?.ToString());
                    // Open the replacement before closing the old socket so no envelope falls between the two, and
                    // keep the old one until the envelopes it delivered are acked on it.
                    var acks = Task.WhenAll(inFlight.Keys).WaitAsync(AckGrace).ContinueWith(_ => { }, TaskScheduler.Default);
                    var url = await api.OpenSocketConnectionAsync(ct);
                    if (url is null)
                    {
                        await acks;
                        return SessionEnd.Reconnect;
                    }
                    return SessionEnd.HandOver(await _loop.ConnectAsync(url, ct), acks);
                default:
                    var handling = Task.Run(() => HandleEnvelopeAsync(socket, envelope, ct), CancellationToken.None);
                    inFlight.TryAdd(handling, 0);
                    _ = handling.ContinueWith(t => inFlight.TryRemove(t, out _), TaskScheduler.Default);
                    break;
            }
        }
        return SessionEnd.Fatal;
    }

    private async Task HandleEnvelopeAsync(SocketConnection socket, JsonObject envelope, CancellationToken ct)
    {
        var envelopeId = envelope["envelope_id"]?.ToString();
        if (string.IsNullOrEmpty(envelopeId)) return;
        var ack = new JsonObject { ["envelope_id"] = envelopeId };
        try
        {
            var payload = envelope["payload"] as JsonObject;
            switch (envelope["type"]?.ToString())
            {
                case "slash_commands" when payload is not null:
                    var outcome = await commands.ProcessAsync(ToForm(payload));
                    if (outcome.InlineReply is not null && envelope["accepts_response_payload"]?.GetValueKind() == JsonValueKind.True)
                        ack["payload"] = outcome.InlineReply;
                    else if (outcome.InlineReply is not null && payload["response_url"]?.ToString() is { } responseUrl)
                        _ = api.RespondAsync(responseUrl, outcome.InlineReply, ct);
                    break;
                case "events_api" when payload is not null:
                    events.Handle(payload);
                    break;
                case "interactive" when payload is not null:
                    interactions.Handle(payload);
                    break;
                default:
                    log.LogInformation("Slack Socket Mode envelope of type {Type} ignored", envelope["type"]?.ToString());
                    break;
            }
        }
        catch (Exception e)
        {
            log.LogError(e, "Slack Socket Mode envelope handling failed");
        }
        try
        {
            await socket.SendAsync(ack.ToJsonString(), CancellationToken.None);
        }
        catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            log.LogWarning("Slack Socket Mode ack for {EnvelopeId} not sent: socket gone", envelopeId);
        }
    }

    private static Dictionary<string, string> ToForm(JsonObject payload) =>
        payload.Where(kv => kv.Value is JsonValue).ToDictionary(kv => kv.Key, kv => kv.Value!.ToString(), StringComparer.Ordinal);
}
