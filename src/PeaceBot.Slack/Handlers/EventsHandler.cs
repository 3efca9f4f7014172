using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PeaceBot.Adapters.Parsing;
using PeaceBot.Adapters.Replies;
using PeaceBot.Adapters.Security;
using PeaceBot.Slack.Protocol;
using PeaceBot.Slack.Rendering;
using PeaceBot.Slack.WebApi;

namespace PeaceBot.Slack.Handlers;

/// <summary>Events API: url_verification, and app_mention answered in the mention's thread after the ack.</summary>
internal sealed partial class EventsHandler(SlackAnswerer answerer, SlackAnswerRenderer renderer, SlackWebApiClient api, ReplyTracker background,
    ReplayGuard replays, ILogger<EventsHandler> log)
{
    public IResult Handle(byte[] body)
    {
        JsonNode? root;
        if (!StrictJson.IsValid(body)) return Results.BadRequest("body is not JSON with readable UTF-8 strings");
        try
        {
            root = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return Results.BadRequest("body is not JSON");
        }
        return root is JsonObject envelope ? Handle(envelope) : Results.BadRequest("body is not a JSON object");
    }

    /// <summary>An Events API body (HTTP request body, or a Socket Mode envelope's payload).</summary>
    public IResult Handle(JsonObject envelope)
    {
        switch (Str(envelope, "type"))
        {
            case "url_verification":
                var challenge = Str(envelope, "challenge");
                return challenge is null ? Results.BadRequest("url_verification without challenge") : Results.Json(new { challenge });
            case "event_callback":
                return Callback(envelope);
            default:
                return Results.Ok();
        }
    }

    private IResult Callback(JsonObject envelope)
    {
        var eventId = Str(envelope, "event_id");
        if (envelope["event"] is not JsonObject ev || string.IsNullOrEmpty(eventId))
            return Results.BadRequest("event_callback needs event and event_id");
        if (Str(ev, "type") != "app_mention") return Results.Ok();

        var channel = Str(ev, "channel");
        var ts = Str(ev, "ts");
        var user = Str(ev, "user");
        if (channel is null || ts is null) return Results.BadRequest("app_mention needs channel and ts");
        // Our own (or any bot's) messages never start a reply: that is how bots end up talking to each other.
        if (ev["bot_id"] is not null || user is null || IsBotUser(envelope, user)) return Results.Ok();
        if (!replays.TryClaim("slack-event", eventId, SlackReplayWindows.Events))
        {
            log.LogInformation("Slack event {EventId} already handled; retry ignored", eventId);
            return Results.Ok();
        }

        var text = SlackInboundText.Clean(Mention().Replace(Str(ev, "text") ?? "", " "));
        var threadTs = Str(ev, "thread_ts") ?? ts;
        _ = background.Run("app_mention", async ct =>
        {
            var answer = await answerer.AnswerAsync(text.Length == 0 ? "/help" : text, user, 1, ct);
            await api.PostMessageAsync(channel, threadTs, renderer.Render(answer, ephemeral: false), ct);
        });
        return Results.Ok();
    }

    private static bool IsBotUser(JsonObject envelope, string user) =>
        envelope["authorizations"] is JsonArray auths
        && auths.OfType<JsonObject>().Any(a => Str(a, "user_id") == user && a["is_bot"]?.GetValueKind() == JsonValueKind.True);

    private static string? Str(JsonObject o, string key) =>
        o[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    [GeneratedRegex(@"<@[A-Z0-9]+(\|[^>]*)?>")]
    private static partial Regex Mention();
}
