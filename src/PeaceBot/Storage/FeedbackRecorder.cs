using PeaceBot.Core.Answers;

namespace PeaceBot.Storage;

/// <summary>
/// Records 👍/👎 votes: finds what the token's answer was (recent answers first, then the question log), queues a
/// feedback row and returns the line the front end shows in place of the buttons.
/// </summary>
public sealed class FeedbackRecorder : IAnswerFeedback
{
    public const string ThanksHelpful = "Thanks for the 👍 — noted for the moderators.";
    public const string ThanksNotHelpful = "Thanks for the 👎 — the moderators will see this answer needs better knowledge.";
    public const string Unknown = "Sorry, I no longer know that answer, so the vote was not recorded; ask again to vote on a fresh answer.";

    private readonly RecentAnswers _recent;
    private readonly IBotStore _store;
    private readonly StoreWriter _writer;
    private readonly AskerHash _askers;
    private readonly TimeProvider _clock;

    public FeedbackRecorder(RecentAnswers recent, IBotStore store, StoreWriter writer, AskerHash askers, TimeProvider? clock = null)
    {
        _recent = recent;
        _store = store;
        _writer = writer;
        _askers = askers;
        _clock = clock ?? TimeProvider.System;
    }

    public string? TokenOf(Answer answer) => _recent.TokenOf(answer);

    public Task<string> VoteAsync(string token, bool helpful, string frontEnd, string? userId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 64) return Task.FromResult(Unknown);
        QuestionRecord? question;
        try
        {
            question = _recent.Find(token) ?? _store.FindQuestion(token);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            question = null;
        }
        if (question is null) return Task.FromResult(Unknown);
        _writer.TryEnqueue(new FeedbackRecord(_clock.GetUtcNow(), helpful, question, frontEnd, _askers.Of(frontEnd, userId)));
        return Task.FromResult(helpful ? ThanksHelpful : ThanksNotHelpful);
    }
}
