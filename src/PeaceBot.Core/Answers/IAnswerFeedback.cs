namespace PeaceBot.Core.Answers;

/// <summary>
/// 👍/👎 on answers, for front ends that offer feedback buttons. The host implements it (it stores votes); a front end
/// asks for an answer's token when it renders the answer and hands the token back when someone votes.
/// </summary>
public interface IAnswerFeedback
{
    /// <summary>The token naming this answer for a vote (short, URL- and id-safe), or null when feedback is off for it.</summary>
    string? TokenOf(Answer answer);

    /// <summary>Records a vote; returns the acknowledgement to show in place. Never throws for an unknown or stale token.</summary>
    /// <param name="userId">Platform user id: used only for a per-day salted hash (one vote per person per answer).</param>
    Task<string> VoteAsync(string token, bool helpful, string frontEnd, string? userId, CancellationToken cancellationToken = default);
}
