namespace PeaceBot.Storage;

/// <summary>The store when no <c>Storage:Path</c> is set: the same behaviour as SQLite, kept in memory (bounded, lost on restart).</summary>
public sealed class MemoryBotStore : IBotStore
{
    private readonly int _maxRows;
    private readonly List<QuestionRecord> _questions = [];
    private readonly List<FeedbackRecord> _feedback = [];
    private readonly Lock _lock = new();

    public MemoryBotStore(int maxRows = 100_000) => _maxRows = maxRows;

    public string Description => "in memory (set Storage:Path to keep questions and feedback across restarts)";

    public void Write(IReadOnlyList<QuestionRecord> questions, IReadOnlyList<FeedbackRecord> feedback)
    {
        lock (_lock)
        {
            _questions.AddRange(questions);
            foreach (var f in feedback)
            {
                // One vote per voter per answer: a second click changes the vote.
                if (f.Voter is not null) _feedback.RemoveAll(o => o.Voter == f.Voter && o.Question.Token == f.Question.Token);
                _feedback.Add(f);
            }
            if (_questions.Count > _maxRows) _questions.RemoveRange(0, _questions.Count - _maxRows);
            if (_feedback.Count > _maxRows) _feedback.RemoveRange(0, _feedback.Count - _maxRows);
        }
    }

    public int DeleteBefore(DateTimeOffset before)
    {
        lock (_lock) return _questions.RemoveAll(q => q.At < before) + _feedback.RemoveAll(f => f.At < before);
    }

    public IReadOnlyList<QuestionRecord> Questions(int limit, bool unansweredOnly = false)
    {
        lock (_lock)
            return _questions.AsEnumerable().Reverse().Where(q => !unansweredOnly || q.Unanswered).Take(limit).ToList();
    }

    public QuestionRecord? FindQuestion(string token)
    {
        lock (_lock) return _questions.FindLast(q => q.Token == token);
    }

    public IReadOnlyList<FeedbackRecord> Feedback(int limit)
    {
        lock (_lock) return _feedback.AsEnumerable().Reverse().Take(limit).ToList();
    }

    public IReadOnlyList<VoteSummary> Votes(int limit)
    {
        lock (_lock)
            return _feedback.GroupBy(f => f.Question.Command, StringComparer.Ordinal)
                .Select(g => new VoteSummary(g.Key, g.Count(f => f.Helpful), g.Count(f => !f.Helpful), g.MaxBy(f => f.At)!.Question))
                .OrderByDescending(v => v.Down).ThenBy(v => v.Up).ThenByDescending(v => v.Latest.At).Take(limit).ToList();
    }

    public (long Questions, long Feedback) Counts()
    {
        lock (_lock) return (_questions.Count, _feedback.Count);
    }

    public void Dispose() { }
}
