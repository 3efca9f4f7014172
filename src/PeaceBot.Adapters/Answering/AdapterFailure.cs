using Microsoft.Extensions.Logging;
using PeaceBot.Core.Answers;

namespace PeaceBot.Adapters.Answering;

/// <summary>The ONE failure every platform shows when answering broke: the same words on Discord, Slack and any later platform.</summary>
public static class AdapterFailure
{
    public const string Message = "Sorry, something went wrong while answering that. Please try again in a moment; if it keeps happening, tell a moderator.";

    public static Answer Answer() => new(AnswerKind.Error, Message, []) { Outcome = AnswerOutcome.Failed };

    /// <summary>The answer, or the failure answer (logged) when the core threw.</summary>
    public static async Task<Answer> GuardAsync(Task<Answer> answering, ILogger log)
    {
        try
        {
            return await answering.ConfigureAwait(false);
        }
        catch (Exception e)
        {
            log.LogError(e, "The core failed to answer");
            return Answer();
        }
    }
}
