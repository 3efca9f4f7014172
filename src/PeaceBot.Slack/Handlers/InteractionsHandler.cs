using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using PeaceBot.Adapters.Parsing;
using PeaceBot.Adapters.Replies;
using PeaceBot.Adapters.Security;
using PeaceBot.Core.Answers;
using PeaceBot.Slack.Rendering;
using PeaceBot.Slack.WebApi;

namespace PeaceBot.Slack.Handlers;

/// <summary>
/// Block actions: "More" replaces the message with the next page, "Post to channel" re-posts it for everyone,
/// 👍/👎 records a vote and swaps only the vote buttons for the thanks.
/// </summary>
internal sealed class InteractionsHandler(SlackAnswerer answerer, SlackAnswerRenderer renderer, SlackWebApiClient api, ReplyTracker background,
    ReplayGuard replays, IAnswerFeedback? feedback = null)
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
        if (actionId is not (SlackActionIds.More or SlackActionIds.PostToChannel or SlackActionIds.VoteUp or SlackActionIds.VoteDown)) return Results.Ok();
        var raw = Str(action, "value");
        (string Command, int Page, bool InChannel)? value = actionId switch
        {
            SlackActionIds.More => renderer.Pages.Read(raw) is { } next ? (next.Text, next.Page, !next.Private) : null,
            SlackActionIds.PostToChannel => ButtonValue.TryParse(raw) is { } post ? (post.Command, post.Page, post.InChannel) : null,
            _ => raw is { Length: > 0 and <= 64 } ? (raw, 1, false) : null,
        };
        if (value is null)
            // A page token whose long command is no longer kept: say so; anything else was never ours.
            return actionId == SlackActionIds.More && raw?.StartsWith("more:", StringComparison.Ordinal) == true
                ? Expired(responseUrl)
                : Results.BadRequest("button value is not one of ours");
        if (Str(payload, "trigger_id") is { Length: > 0 } trigger && !replays.TryClaim("slack-trigger", trigger, SlackReplayWindows.Signed))
            return Results.Text("this action was already handled (replayed request)", statusCode: StatusCodes.Status409Conflict);

        var (command, page, inChannel) = value.Value;
        if (actionId is SlackActionIds.VoteUp or SlackActionIds.VoteDown)
            return Vote(payload, command, actionId == SlackActionIds.VoteUp, userId, responseUrl);

        _ = background.Run(actionId, async ct =>
        {
            var answer = await answerer.AnswerAsync(command, userId, page, ct);
            if (actionId == SlackActionIds.More)
            {
                var message = renderer.Render(answer, ephemeral: !inChannel);
                message["response_type"] = inChannel ? "in_channel" : "ephemeral";
                message["replace_original"] = true;
                await api.RespondAsync(responseUrl, message, ct);
            }
            else
            {
                var message = renderer.Render(answer, ephemeral: false);
                message["response_type"] = "in_channel";
                message["replace_original"] = false;
                if (await api.RespondAsync(responseUrl, message, ct))
                    await api.RespondAsync(responseUrl, new JsonObject { ["delete_original"] = true }, ct);
            }
        });
        return Results.Ok();
    }

    /// <summary>
    /// A 👍/👎 click: recorded, then the message is replaced with itself minus the vote buttons plus the thanks. Slack
    /// sends the message only for ones posted in the channel; an ephemeral answer is left as it is (its "More" still
    /// works) and the thanks comes as a new private line.
    /// </summary>
    private IResult Vote(JsonObject payload, string token, bool helpful, string userId, string responseUrl)
    {
        if (feedback is null) return Results.Ok();
        var message = payload["message"] as JsonObject;
        _ = background.Run("slack vote", async ct =>
        {
            var thanks = await feedback.VoteAsync(token, helpful, "slack", userId, ct);
            JsonObject reply;
            if (message?["blocks"] is JsonArray blocks)
                reply = new JsonObject
                {
                    ["replace_original"] = true,
                    ["text"] = Str(message, "text") ?? thanks,
                    ["blocks"] = SlackMessageRenderer.Voted(blocks, thanks),
                };
            else
            {
                reply = SlackAnswerRenderer.Plain(thanks);
                reply["response_type"] = "ephemeral";
                reply["replace_original"] = false;
            }
            await api.RespondAsync(responseUrl, reply, ct);
        });
        return Results.Ok();
    }

    private IResult Expired(string responseUrl)
    {
        _ = background.Run("expired page", async ct =>
        {
            var reply = SlackAnswerRenderer.Plain("That list has expired; please ask again.");
            reply["response_type"] = "ephemeral";
            reply["replace_original"] = false;
            await api.RespondAsync(responseUrl, reply, ct);
        });
        return Results.Ok();
    }

    private static string? Str(JsonObject o, string key) =>
        o[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
