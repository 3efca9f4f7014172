using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using PeaceBot.Adapters.Answering;
using PeaceBot.Adapters.Replies;
using PeaceBot.Adapters.Security;
using PeaceBot.Slack.Configuration;
using PeaceBot.Slack.Protocol;
using PeaceBot.Slack.Rendering;
using PeaceBot.Slack.WebApi;

namespace PeaceBot.Slack.Handlers;

/// <summary>
/// A slash command: answered inline when the core is quick, else acknowledged at once (Slack allows 3 s)
/// and delivered later through <c>response_url</c>.
/// </summary>
internal sealed class SlashCommandHandler(SlackAnswerer answerer, SlackAnswerRenderer renderer, SlackWebApiClient api, ReplyTracker background, ReplayGuard replays, IOptions<SlackOptions> options)
{
    /// <summary>HTTP: the inline reply as JSON, or an empty 200 ack.</summary>
    public async Task<IResult> HandleAsync(IReadOnlyDictionary<string, string> form)
    {
        var outcome = await ProcessAsync(form);
        if (outcome.Replayed) return Results.Text(outcome.Error, statusCode: StatusCodes.Status409Conflict);
        if (outcome.Error is not null) return Results.BadRequest(outcome.Error);
        // An empty 200 is Slack's ack; the answer follows through response_url.
        return outcome.InlineReply is null ? Results.Ok() : Results.Json(outcome.InlineReply);
    }

    /// <summary>Shared by HTTP and Socket Mode: waits at most the inline budget, then leaves the answer to response_url.</summary>
    public async Task<SlashCommandOutcome> ProcessAsync(IReadOnlyDictionary<string, string> form)
    {
        if (!form.TryGetValue("command", out var command) || string.IsNullOrWhiteSpace(command) || !command.StartsWith('/')
            || !form.TryGetValue("user_id", out var userId) || string.IsNullOrWhiteSpace(userId)
            || !form.TryGetValue("response_url", out var responseUrl) || string.IsNullOrWhiteSpace(responseUrl))
            return SlashCommandOutcome.Invalid("slash command needs command, user_id and response_url");

        if (form.GetValueOrDefault("trigger_id") is { Length: > 0 } trigger && !replays.TryClaim("slack-trigger", trigger, SlackReplayWindows.Signed))
            return SlashCommandOutcome.Replay;

        var o = options.Value;
        var (text, askedPublic) = SlackCommandText.Build(command, SlackInboundText.Clean(form.GetValueOrDefault("text")), o.CommandName);
        var inChannel = askedPublic ?? o.PublicByDefault;

        // The answer is not tied to the request nor to a stop request: a late one is still delivered (and drained at shutdown).
        var answering = answerer.AnswerAsync(text, userId, 1, CancellationToken.None);
        if (await AnswerBudget.FinishedWithinAsync(answering, TimeSpan.FromMilliseconds(o.InlineReplyMilliseconds)))
            return SlashCommandOutcome.Inline(Reply(await answering, inChannel));

        _ = background.Run("slash command", async ct =>
        {
            var answer = await answering;
            await api.RespondAsync(responseUrl, Reply(answer, inChannel), ct);
        });
        return SlashCommandOutcome.Deferred;
    }

    private JsonObject Reply(Core.Answers.Answer answer, bool inChannel)
    {
        var message = renderer.Render(answer, ephemeral: !inChannel);
        message["response_type"] = inChannel ? "in_channel" : "ephemeral";
        return message;
    }
}
