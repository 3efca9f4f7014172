using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PeaceBot.Adapters.Answering;
using PeaceBot.Core.Answers;
using PeaceBot.Slack.Configuration;

namespace PeaceBot.Slack.Handlers;

/// <summary>Asks the core on behalf of a Slack user; the core never throws for bad input, but a bug must not kill a reply.</summary>
internal sealed class SlackAnswerer(IAnswerService answers, IOptions<SlackOptions> options, ILogger<SlackAnswerer> log)
{
    public async Task<Answer> AnswerAsync(string text, string? userId, int page, CancellationToken ct)
    {
        var o = options.Value;
        var request = new AnswerRequest(text, "slack", page, o.PageSize)
        {
            UserId = userId,
            IsModerator = userId is not null && o.ModeratorUserIds.Contains(userId, StringComparer.Ordinal),
        };
        try
        {
            return await answers.AnswerAsync(request, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Core failed answering a Slack request");
            return AdapterFailure.Answer();
        }
    }
}
