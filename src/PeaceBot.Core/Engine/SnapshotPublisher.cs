using Lucene.Net.Index;
using PeaceBot.Core.Index;
using PeaceBot.Core.Knowledge;

namespace PeaceBot.Core.Engine;

/// <summary>
/// Holds the serving snapshot and swaps in the next one in one reference exchange. Readers take a counted reference
/// (<see cref="Acquire"/>), so the snapshot a reload replaces closes only when its last reader is done.
/// </summary>
internal sealed class SnapshotPublisher : IDisposable
{
    private KnowledgeSnapshot? _current;
    private long _generation;

    public KnowledgeSnapshot? Current => Volatile.Read(ref _current);

    public SnapshotLease Acquire()
    {
        while (true)
        {
            var snapshot = Volatile.Read(ref _current);
            if (snapshot is null) return default;
            if (snapshot.TryAcquire()) return new SnapshotLease(snapshot);
            // Lost a race with a reload that released it: the new one is published already.
        }
    }

    /// <summary>Reads a snapshot from <paramref name="reader"/> and makes it the serving one. Called under the reload gate.</summary>
    public KnowledgeSnapshot Publish(DirectoryReader reader, IndexStore store, string folder, IReadOnlyList<KnowledgeProblem> problems, TimeSpan duration)
    {
        var generation = _generation + 1;
        var now = DateTimeOffset.UtcNow;
        var snapshot = SnapshotReader.Read(reader, store.Analyzer, store.Aliases, c =>
            new KnowledgeStatus(folder, c.Files, c.Passages, c.Quotes, c.Events, c.Plans, c.PlanPoints, problems, now, duration, generation));
        _generation = generation;
        Interlocked.Exchange(ref _current, snapshot)?.Release();
        return snapshot;
    }

    public void Dispose() => Interlocked.Exchange(ref _current, null)?.Release();
}
