using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PeaceBot.Slack.Handlers;
using PeaceBot.Slack.WebApi;

namespace PeaceBot.Slack.SocketMode;

/// <summary>
/// Slack Socket Mode: no public URL; Slack pushes envelopes over a WebSocket opened with apps.connections.open.
/// Every envelope is acked (slash commands with their inline reply when ready), and a <c>disconnect</c> makes
/// us open the next socket before the old one goes away.
/// </summary>
internal sealed class SocketModeService(
    SlackWebApiClient api,
    SlashCommandHandler commands,
    EventsHandler events,
    InteractionsHandler interactions,
    ILogger<SocketModeService> log) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromMilliseconds(500);
        var connections = 0;
        SocketModeConnection? next = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var current = next ?? await TryConnectAsync(stoppingToken);
            next = null;
            if (current is null)
            {
                await Task.Delay(backoff, stoppingToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
                continue;
            }
            backoff = TimeSpan.FromMilliseconds(500);
            log.LogInformation("Slack Socket Mode socket {Count} open", ++connections);
            await using (current)
            {
                next = await PumpAsync(current, stoppingToken);
            }
        }
        if (next is not null) await next.DisposeAsync();
    }

    private async Task<SocketModeConnection?> TryConnectAsync(CancellationToken ct)
    {
        var url = await api.OpenSocketConnectionAsync(ct);
        if (url is null) return null;
        try
        {
            return await SocketModeConnection.ConnectAsync(url, ct);
        }
        catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or HttpRequestException)
        {
            log.LogWarning(e, "Slack Socket Mode connection failed");
            return null;
        }
    }

    /// <summary>Reads envelopes until the socket closes or Slack asks us to move; returns the replacement socket if one was opened.</summary>
    private async Task<SocketModeConnection?> PumpAsync(SocketModeConnection socket, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            string? text;
            try
            {
                text = await socket.ReceiveAsync(ct);
            }
            catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or InvalidDataException)
            {
                log.LogWarning(e, "Slack Socket Mode socket failed; reconnecting");
                return null;
            }
            if (text is null) return null;

            JsonObject? envelope;
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
                    // Open the replacement before closing the old socket so no envelope falls between the two.
                    return await TryConnectAsync(ct);
                default:
                    _ = Task.Run(() => HandleEnvelopeAsync(socket, envelope, ct), CancellationToken.None);
                    break;
            }
        }
        return null;
    }

    private async Task HandleEnvelopeAsync(SocketModeConnection socket, JsonObject envelope, CancellationToken ct)
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
            await socket.SendAsync(ack, ct);
        }
        catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            log.LogWarning("Slack Socket Mode ack for {EnvelopeId} not sent: socket gone", envelopeId);
        }
    }

    private static Dictionary<string, string> ToForm(JsonObject payload) =>
        payload.Where(kv => kv.Value is JsonValue).ToDictionary(kv => kv.Key, kv => kv.Value!.ToString(), StringComparer.Ordinal);
}
