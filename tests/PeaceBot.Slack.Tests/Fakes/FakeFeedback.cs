using System.Collections.Concurrent;
using PeaceBot.Core.Answers;

namespace PeaceBot.Slack.Tests.Fakes;

/// <summary>Feedback as the host keeps it, reduced to a record of votes: every answer gets the same token.</summary>
public sealed class FakeFeedback : IAnswerFeedback
{
    public const string Token = "0123abcd4567ef89";
    public const string Thanks = "Thanks for the vote (test)";

    public ConcurrentQueue<(string Token, bool Helpful, string FrontEnd, string? User)> Votes { get; } = new();

    public string? TokenOf(Answer answer) => Token;

    public Task<string> VoteAsync(string token, bool helpful, string frontEnd, string? userId, CancellationToken cancellationToken = default)
    {
        Votes.Enqueue((token, helpful, frontEnd, userId));
        return Task.FromResult(Thanks);
    }
}
