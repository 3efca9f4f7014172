using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using PeaceBot.Core.Index;
using PeaceBot.Core.Knowledge;
using LuceneDirectory = Lucene.Net.Store.Directory;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace PeaceBot.Core.Engine;

/// <summary>
/// The Lucene index behind the snapshots, on disk (when configured) or in memory, and what it holds of each file.
/// Changes are staged, then committed together: a file counts as indexed only once the commit that holds it succeeded.
/// A failed write rolls the writer back to the last commit, so the next reload sees the same files as changed and tries
/// again. An on-disk index that is corrupt when opened is moved aside and rebuilt on disk; one that cannot be used at
/// all (another process holds it, or its folder cannot be made) falls back to memory, which <see cref="Fallback"/> says.
/// </summary>
internal sealed class IndexStore : IDisposable
{
    private readonly KnowledgeOptions _options;
    private readonly ILogger _logger;
    private readonly Dictionary<string, IndexedFile> _committed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IndexedFile?> _pending = new(StringComparer.Ordinal);
    private LuceneDirectory? _directory;
    private IndexWriter? _writer;
    private bool _triedDisk;
    private bool _fresh;
    private bool _corrupt;

    public IndexStore(KnowledgeOptions options, ILogger logger)
    {
        _options = options;
        _logger = logger;
    }

    public SearchAnalyzer Analyzer { get; private set; } = new(AliasTable.Empty);
    public AliasTable Aliases { get; private set; } = AliasTable.Empty;
    public string? AliasHash { get; private set; }
    public bool IsOpen => _directory is not null;
    public bool OnDisk { get; private set; }

    /// <summary>Why the index is in memory although an on-disk one is configured; null otherwise.</summary>
    public string? Fallback { get; private set; }

    /// <summary>What happened to the index that a moderator should know (a corrupt index moved aside); null when nothing.</summary>
    public KnowledgeProblem? Notice { get; private set; }

    /// <summary>What the last successful commit holds of one file.</summary>
    public IndexedFile? Committed(string file)
    {
        lock (_committed) return _committed.GetValueOrDefault(file);
    }

    /// <summary>A copy of what the last successful commit holds, by file.</summary>
    public IReadOnlyDictionary<string, IndexedFile> AllCommitted()
    {
        lock (_committed) return new Dictionary<string, IndexedFile>(_committed, StringComparer.Ordinal);
    }

    /// <summary>A file whose size or time changed but whose content did not: remember its new size and time.</summary>
    public void Touch(string file, IndexedFile stat)
    {
        lock (_committed)
            if (_committed.TryGetValue(file, out var known) && known.Hash == stat.Hash) _committed[file] = stat;
    }

    /// <summary>
    /// Starts the index over for a new alias table (every document changes). The first call opens the configured on-disk
    /// index and, when it was built with these aliases and this build, loads what it holds instead.
    /// </summary>
    public void Reset(AliasTable aliases, string aliasHash, ProblemList problems)
    {
        Aliases = aliases;
        AliasHash = aliasHash;
        Analyzer = new SearchAnalyzer(aliases);
        DisposeWriter();
        lock (_pending) _pending.Clear();
        _committed.Clear();
        if (_options.IndexPath is { } path && !_triedDisk)
        {
            _triedDisk = true;
            if (OpenDisk(path, aliasHash, problems)) return;
        }
        else if (_directory is not null && !_corrupt)
        {
            _fresh = true;
            return;
        }
        _directory?.Dispose();
        _directory = Wrap(new RAMDirectory());
        OnDisk = false;
        _fresh = true;
    }

    private bool OpenDisk(string path, string aliasHash, ProblemList problems)
    {
        try
        {
            System.IO.Directory.CreateDirectory(path);
            _directory = Wrap(FSDirectory.Open(path));
            bool reuse;
            try
            {
                reuse = IndexedFileStore.TryLoad(_directory, aliasHash, _committed, problems);
            }
            catch (CorruptIndexException e)
            {
                reuse = false;
                _committed.Clear();
                problems.Clear();
                MoveAside(path, e.Message);
            }
            _fresh = !reuse;
            _writer = NewWriter();
            OnDisk = true;
            Fallback = null;
            _logger.LogInformation("On-disk index at {Path}: {State}", path, reuse ? $"reusing {_committed.Count} indexed files" : "building anew");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("On-disk index at {Path} is unusable ({Reason}); indexing in memory instead", path, e.Message);
            Fallback = $"the index is in memory, not at {path} as configured: {e.Message}";
            DisposeWriter();
            _directory?.Dispose();
            _directory = null;
            _committed.Clear();
            problems.Clear();
            return false;
        }
    }

    /// <summary>Moves a corrupt index out of the way (beside it, or into a subfolder when its folder is a mount point).</summary>
    private void MoveAside(string path, string reason)
    {
        _directory?.Dispose();
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
        var aside = $"{full}.corrupt-{stamp}";
        try
        {
            System.IO.Directory.Move(full, aside);
            System.IO.Directory.CreateDirectory(full);
        }
        catch (IOException)
        {
            aside = Path.Combine(full, $"corrupt-{stamp}");
            System.IO.Directory.CreateDirectory(aside);
            foreach (var file in System.IO.Directory.GetFiles(full)) File.Move(file, Path.Combine(aside, Path.GetFileName(file)));
        }
        _logger.LogError("On-disk index at {Path} is corrupt ({Reason}); moved aside to {Aside} and rebuilding it", full, reason, aside);
        Notice = new KnowledgeProblem("(index)", 0, $"the on-disk index was corrupt ({reason}); moved aside to {aside} and rebuilt");
        _directory = Wrap(FSDirectory.Open(full));
        _corrupt = false;
    }

    /// <summary>Stages a file's documents; they count once <see cref="Commit"/> succeeds.</summary>
    public void Stage(string file, IEnumerable<LuceneDocument> docs, IndexedFile stat)
    {
        Writer().UpdateDocuments(new Term(IndexFields.File, file), docs);
        lock (_pending) _pending[file] = stat;
    }

    public void Delete(string file)
    {
        Writer().DeleteDocuments(new Term(IndexFields.File, file));
        lock (_pending) _pending[file] = null;
    }

    /// <summary>Commits what was staged; on failure rolls back to the last commit and rethrows.</summary>
    public void Commit()
    {
        try
        {
            IndexedFileStore.Commit(Writer(), AliasHash ?? "");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Rollback();
            if (e is CorruptIndexException || e.InnerException is CorruptIndexException) _corrupt = OnDisk;
            throw;
        }
        lock (_pending)
        lock (_committed)
        {
            foreach (var (file, stat) in _pending)
                if (stat is null) _committed.Remove(file);
                else _committed[file] = stat;
            _pending.Clear();
        }
        _fresh = false;
    }

    /// <summary>Drops everything staged since the last commit; the next write reopens the writer on that commit.</summary>
    public void Rollback()
    {
        lock (_pending) _pending.Clear();
        if (_writer is null) return;
        try
        {
            _writer.Rollback();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            _logger.LogDebug(e, "Rolling back the index writer failed; it is closed either way");
        }
        _writer = null;
        if (_corrupt && _options.IndexPath is { } path)
        {
            MoveAside(path, "found corrupt while writing");
            _committed.Clear();
            _fresh = true;
        }
    }

    /// <summary>A near-real-time reader on what was committed last.</summary>
    public DirectoryReader OpenReader() => DirectoryReader.Open(Writer(), applyAllDeletes: true);

    // Files are staged in parallel: only one of them may open the writer.
    private IndexWriter Writer()
    {
        lock (_pending) return _writer ??= NewWriter();
    }

    private IndexWriter NewWriter()
    {
        var directory = _directory ?? throw new InvalidOperationException("the index is not open");
        var create = _fresh || !DirectoryReader.IndexExists(directory);
        return new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzer.Version, Analyzer)
        {
            OpenMode = create ? OpenMode.CREATE : OpenMode.APPEND,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
        });
    }

    private LuceneDirectory Wrap(LuceneDirectory directory) => _options.WrapDirectory?.Invoke(directory) ?? directory;

    private void DisposeWriter()
    {
        try
        {
            _writer?.Dispose();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            _logger.LogDebug(e, "Closing the index writer failed");
        }
        _writer = null;
    }

    public void Dispose()
    {
        DisposeWriter();
        _directory?.Dispose();
    }
}
