using System.Collections.Concurrent;
using PeaceBot.Core.Answers;

namespace PeaceBot.Core.Engine;

/// <summary>
/// Recent answers, keyed by the snapshot they were read from and the canonical command and page. A busy channel
/// asks the same things ("/plan point 27", the "More" page of a popular timeline); a reload starts a new generation,
/// so an answer from old knowledge is never served. Bounded: when full it starts over.
/// </summary>
internal sealed class AnswerCache
{
    public const int DefaultCapacity = 4096;
    private readonly int _capacity;
    private readonly ConcurrentDictionary<(long Generation, string Command, int Page, int PageSize), Answer> _answers = new();

    /// <param name="capacity">Answers kept; 0 turns the cache off (benchmarks measure the engine itself).</param>
    public AnswerCache(int capacity = DefaultCapacity) => _capacity = Math.Max(0, capacity);

    public bool TryGet(long generation, string command, int page, int pageSize, out Answer answer) =>
        _answers.TryGetValue((generation, command, page, pageSize), out answer!);

    public void Add(long generation, string command, int page, int pageSize, Answer answer)
    {
        if (_capacity == 0) return;
        if (_answers.Count >= _capacity) _answers.Clear();
        _answers[(generation, command, page, pageSize)] = answer;
    }
}
