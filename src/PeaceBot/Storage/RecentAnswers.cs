using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using PeaceBot.Core.Answers;

namespace PeaceBot.Storage;

/// <summary>
/// The answers given lately, by token, so a vote can say what it votes on even when the question log is off or not yet
/// written. Bounded: the oldest are forgotten first (a vote on one then falls back to the log).
/// </summary>
public sealed class RecentAnswers
{
    private readonly int _capacity;
    private readonly ConcurrentDictionary<string, QuestionRecord> _byToken = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private readonly ConditionalWeakTable<Answer, string> _tokens = new();

    public RecentAnswers(int capacity = 20_000) => _capacity = capacity;

    public void Remember(Answer answer, QuestionRecord record)
    {
        _tokens.AddOrUpdate(answer, record.Token);
        _byToken[record.Token] = record;
        _order.Enqueue(record.Token);
        while (_order.Count > _capacity && _order.TryDequeue(out var old)) _byToken.TryRemove(old, out _);
    }

    public string? TokenOf(Answer answer) => _tokens.TryGetValue(answer, out var token) ? token : null;

    public QuestionRecord? Find(string token) => _byToken.GetValueOrDefault(token);
}
