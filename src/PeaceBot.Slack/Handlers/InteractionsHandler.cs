using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using PeaceBot.Adapters.Parsing;
using PeaceBot.Adapters.Replies;
using PeaceBot.Adapters.Security;
using PeaceBot.Slack.Rendering;
using PeaceBot.Slack.WebApi;

namespace PeaceBot.Slack.Handlers;

/// <summary>Block actions: "More" replaces the message with the next page, "Post to channel" re-posts it for everyone.</summary>
internal sealed class InteractionsHandler(SlackAnswerer answerer, SlackWebApiClient api, ReplyTracker background, ReplayGuard replays)
{
    public IResult Handle(IReadOnlyDictionary<string, string> form)
    {
        if (!form.TryGetValue("payload", out var raw) || string.IsNullOrWhiteSpace(raw))
            return Results.BadRequest("interaction needs a payload field");
        JsonObject? payload;
        if (!StrictJson.IsValid(raw)) return Results.BadRequest("payload is not JSON with readable UTF-8 strings");
        try
        {
            payload = JsonNode.Parse(raw) as JsonObject;
        }
        catch (JsonException)
        {
            return Results.BadRequest("payload is not JSON");
        }
        return payload is null ? Results.BadRequest("payload is not a JSON object") : Handle(payload);
    }

    /// <summary>An interaction payload (the HTTP form's <c>payload</c> field, or a Socket Mode envelope's payload).</summary>
    public IResult Handle(JsonObject payload)
    {
        if (Str(payload, "type") != "block_actions") return Results.Ok();

        var responseUrl = Str(payload, "response_url");
        var userId = payload["user"] is JsonObject user ? Str(user, "id") : null;
        if (responseUrl is null || userId is null || payload["actions"] is not JsonArray { Count: > 0 } actions || actions[0] is not JsonObject action)
            return Results.BadRequest("block_actions needs user.id, response_url and an action");

        var actionId = Str(action, "action_id");
        if (actionId is not (SlackActionIds.More or SlackActionIds.PostToChannel)) return Results.Ok();
        var value = ButtonValue.TryParse(Str(action, "value"));
        if (value is null) return Results.BadRequest("button value is not one of ours");
        if (Str(payload, "trigger_id") is { Length: > 0 } trigger && !replays.TryClaim("slack-trigger", trigger, SlackReplayWindows.Signed))
            return Results.Text("this action was already handled (replayed request)", statusCode: StatusCodes.Status409Conflict);

        _ = background.Run(actionId, async ct =>
        {
            var answer = await answerer.AnswerAsync(value.Command, userId, value.Page, ct);
            if (actionId == SlackActionIds.More)
            {
                var message = SlackMessageRenderer.Render(answer, ephemeral: !value.InChannel);
                message["response_type"] = value.InChannel ? "in_channel" : "ephemeral";
                message["replace_original"] = true;
                await api.RespondAsync(responseUrl, message, ct);
            }
            else
            {
                var message = SlackMessageRenderer.Render(answer, ephemeral: false);
                message["response_type"] = "in_channel";
                message["replace_original"] = false;
                if (await api.RespondAsync(responseUrl, message, ct))
                    await api.RespondAsync(responseUrl, new JsonObject { ["delete_original"] = true }, ct);
            }
        });
        return Results.Ok();
    }

    private static string? Str(JsonObject o, string key) =>
        o[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
