using PeaceBot.Storage;

namespace PeaceBot.Tests.Storage;

/// <summary>A store whose writes hang until released: the disk that stopped answering.</summary>
public sealed class BlockedStore : IBotStore
{
    public ManualResetEventSlim Release { get; } = new(false);
    public MemoryBotStore Inner { get; } = new();
    public string Description => "blocked";

    public void Write(IReadOnlyList<QuestionRecord> questions, IReadOnlyList<FeedbackRecord> feedback)
    {
        Release.Wait(TimeSpan.FromSeconds(30));
        Inner.Write(questions, feedback);
    }

    public int DeleteBefore(DateTimeOffset before) => Inner.DeleteBefore(before);
    public IReadOnlyList<QuestionRecord> Questions(int limit, bool unansweredOnly = false) => Inner.Questions(limit, unansweredOnly);
    public QuestionRecord? FindQuestion(string token) => Inner.FindQuestion(token);
    public IReadOnlyList<FeedbackRecord> Feedback(int limit) => Inner.Feedback(limit);
    public IReadOnlyList<VoteSummary> Votes(int limit) => Inner.Votes(limit);
    public (long Questions, long Feedback) Counts() => Inner.Counts();
    public void Dispose() => Release.Set();
}
