namespace PeaceBot.Storage;

/// <summary>Where questions and feedback are kept: SQLite on disk or memory. Writes come from one writer thread.</summary>
public interface IBotStore : IDisposable
{
    /// <summary>"SQLite at /data/peacebot.db" or "in memory".</summary>
    string Description { get; }

    void Write(IReadOnlyList<QuestionRecord> questions, IReadOnlyList<FeedbackRecord> feedback);

    /// <summary>Deletes rows older than <paramref name="before"/>; returns how many went.</summary>
    int DeleteBefore(DateTimeOffset before);

    /// <summary>Newest first.</summary>
    IReadOnlyList<QuestionRecord> Questions(int limit, bool unansweredOnly = false);

    QuestionRecord? FindQuestion(string token);

    /// <summary>Newest first.</summary>
    IReadOnlyList<FeedbackRecord> Feedback(int limit);

    /// <summary>Votes per command, most voted down first.</summary>
    IReadOnlyList<VoteSummary> Votes(int limit);

    (long Questions, long Feedback) Counts();
}
