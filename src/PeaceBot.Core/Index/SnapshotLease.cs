namespace PeaceBot.Core.Index;

/// <summary>Holds a snapshot open while a request reads it; dispose to let a reload close the old one.</summary>
public readonly struct SnapshotLease : IDisposable
{
    internal SnapshotLease(KnowledgeSnapshot snapshot) => Snapshot = snapshot;

    public KnowledgeSnapshot? Snapshot { get; }

    public void Dispose() => Snapshot?.Release();
}
