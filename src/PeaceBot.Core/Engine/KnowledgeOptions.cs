namespace PeaceBot.Core.Engine;

/// <summary>How the knowledge service reads and indexes a folder.</summary>
public sealed record KnowledgeOptions
{
    /// <summary>Files processed at once on a reload (extraction is CPU-bound).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Folder for an on-disk index. When set, the index is committed after every reload and a restart reuses it:
    /// only files whose size or time changed are read again. Null keeps the index in memory.
    /// </summary>
    public string? IndexPath { get; init; }

    /// <summary>Wraps every Lucene directory the index opens (the tests inject write faults this way).</summary>
    internal Func<Lucene.Net.Store.Directory, Lucene.Net.Store.Directory>? WrapDirectory { get; init; }

    /// <summary>Lists one folder of the knowledge (the tests make a folder unreadable this way, even as root).</summary>
    internal Func<string, IReadOnlyList<string>>? ListFolder { get; init; }
}
