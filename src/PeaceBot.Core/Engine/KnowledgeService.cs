using System.Collections.Concurrent;
using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PeaceBot.Core.Documents;
using PeaceBot.Core.Index;
using PeaceBot.Core.Knowledge;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PeaceBot.Core.Engine;

/// <summary>
/// Keeps a Lucene index in step with a knowledge folder. A reload re-reads only files whose content changed,
/// replaces their documents, deletes those of removed files, and publishes a new snapshot in one reference swap.
/// A file that turns invalid is left as it was indexed (its last good version keeps serving); a new invalid file
/// is skipped. Changing the aliases file rebuilds everything, since it changes how words are indexed.
/// </summary>
public sealed class KnowledgeService : IKnowledgeService, IDisposable
{
    private readonly string _folder;
    private readonly KnowledgeOptions _options;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, IndexedFile> _indexed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<KnowledgeProblem>> _fileProblems = new(StringComparer.Ordinal);
    private LuceneDirectory? _directory;
    private IndexWriter? _writer;
    private SearchAnalyzer? _analyzer;
    private AliasTable _aliases = AliasTable.Empty;
    private string? _aliasHash;
    private KnowledgeSnapshot? _current;
    private long _generation;
    private bool _persistent;
    private bool _persistentTried;
    private bool _disposed;

    public KnowledgeService(string folder, KnowledgeOptions? options = null, ILogger? logger = null)
    {
        _folder = Path.GetFullPath(folder);
        _options = options ?? new KnowledgeOptions();
        _logger = logger ?? NullLogger.Instance;
    }

    public string Folder => _folder;

    public event EventHandler<ReloadReport>? Reloaded;

    public KnowledgeStatus Status => Volatile.Read(ref _current)?.Status ?? EmptyStatus();

    /// <summary>Takes a reference on the serving snapshot; the lease's snapshot is null before the first load.</summary>
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

    public async Task<ReloadReport> ReloadAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var report = await Task.Run(() => ReloadCore(cancellationToken), cancellationToken).ConfigureAwait(false);
            Reloaded?.Invoke(this, report);
            return report;
        }
        finally
        {
            _gate.Release();
        }
    }

    private ReloadReport ReloadCore(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var listing = KnowledgeFolderScanner.Scan(_folder);
        var folderProblems = listing.Problems.ToList();
        folderProblems.AddRange(LoadAliases(listing.AliasFile));

        var present = listing.Files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var changed = new ConcurrentBag<KnowledgeFile>();
        var unchanged = 0;
        Parallel.ForEach(listing.Files, ParallelFor(cancellationToken), entry =>
        {
            if (IsUnchanged(entry)) { Interlocked.Increment(ref unchanged); return; }
            var read = KnowledgeFileReader.Read(entry.FullPath, entry.RelativePath);
            lock (_fileProblems) _fileProblems[entry.RelativePath] = read.Problems;
            if (read.File is null) return;
            lock (_indexed)
            {
                if (_indexed.TryGetValue(entry.RelativePath, out var known) && known.Hash == read.File.ContentHash)
                {
                    _indexed[entry.RelativePath] = known with { Size = new FileInfo(entry.FullPath).Length, LastWriteUtc = File.GetLastWriteTimeUtc(entry.FullPath) };
                    Interlocked.Increment(ref unchanged);
                    return;
                }
            }
            changed.Add(read.File);
        });

        var accepted = RejectDuplicatePlans(changed.OrderBy(f => f.RelativePath, StringComparer.Ordinal), present);
        int added = 0, updated = 0;
        Parallel.ForEach(accepted, ParallelFor(cancellationToken), file =>
        {
            if (TryIndex(file) is not { } stat) return;
            bool existed;
            lock (_indexed)
            {
                existed = _indexed.ContainsKey(file.RelativePath);
                _indexed[file.RelativePath] = stat;
            }
            Interlocked.Increment(ref existed ? ref updated : ref added);
        });

        var removed = 0;
        foreach (var gone in _indexed.Keys.Where(k => !present.Contains(k)).ToList())
        {
            _writer!.DeleteDocuments(new Term(IndexFields.File, gone));
            _indexed.Remove(gone);
            removed++;
        }
        foreach (var gone in _fileProblems.Keys.Where(k => !present.Contains(k)).ToList()) _fileProblems.Remove(gone);

        var problems = folderProblems.Concat(_fileProblems.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => p.Value)).ToList();
        // A rescan that found nothing new keeps the serving snapshot, and does not repeat its warnings.
        if (added + updated + removed == 0 && Volatile.Read(ref _current) is { } current && current.Status.Problems.SequenceEqual(problems))
        {
            _logger.LogDebug("Knowledge unchanged: {Files} files", current.Status.Files);
            return new ReloadReport(0, 0, 0, unchanged, current.Status, clock.Elapsed);
        }
        if (_persistent) IndexedFileStore.Commit(_writer!, _aliasHash ?? "");
        var snapshot = Publish(problems, clock.Elapsed);
        foreach (var p in problems) _logger.LogWarning("Knowledge problem: {Problem}", p.ToString());
        _logger.LogInformation("Knowledge reloaded: {Files} files, {Passages} passages, {Added} added, {Changed} changed, {Removed} removed, {Problems} problems in {Ms} ms",
            snapshot.Status.Files, snapshot.Status.Passages, added, updated, removed, problems.Count, (int)clock.ElapsedMilliseconds);
        return new ReloadReport(added, updated, removed, unchanged, snapshot.Status, clock.Elapsed);
    }

    private ParallelOptions ParallelFor(CancellationToken ct) => new() { MaxDegreeOfParallelism = Math.Max(1, _options.Parallelism), CancellationToken = ct };

    private bool IsUnchanged(KnowledgeFolderScanner.Entry entry)
    {
        IndexedFile? known;
        lock (_indexed) _indexed.TryGetValue(entry.RelativePath, out known);
        if (known is null) return false;
        try
        {
            var info = new FileInfo(entry.FullPath);
            return info.Exists && info.Length == known.Size && info.LastWriteTimeUtc == known.LastWriteUtc;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private IndexedFile? TryIndex(KnowledgeFile file)
    {
        try
        {
            var stat = Stat(file);
            var doc = DocumentProcessor.Process(file, _aliases);
            var docs = DocumentIndexer.ToLucene(doc);
            IndexedFileStore.Annotate(docs[0], stat, doc.Problems);
            _writer!.UpdateDocuments(new Term(IndexFields.File, file.RelativePath), docs);
            if (doc.Problems.Count > 0)
                lock (_fileProblems) _fileProblems[file.RelativePath] = _fileProblems.GetValueOrDefault(file.RelativePath, []).Concat(doc.Problems).ToList();
            return stat;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogError(e, "Extraction failed for {File}", file.RelativePath);
            lock (_fileProblems) _fileProblems[file.RelativePath] = [new KnowledgeProblem(file.RelativePath, 1, $"could not be indexed: {e.Message}")];
            return null;
        }
    }

    private IndexedFile Stat(KnowledgeFile file)
    {
        var info = new FileInfo(Path.Combine(_folder, file.RelativePath));
        return new IndexedFile(file.ContentHash, info.Exists ? info.Length : -1, info.Exists ? info.LastWriteTimeUtc : default, file.FrontMatter.PlanId);
    }

    private List<KnowledgeFile> RejectDuplicatePlans(IEnumerable<KnowledgeFile> changed, HashSet<string> present)
    {
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var changedList = changed.ToList();
        var changedPaths = changedList.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        foreach (var (path, state) in _indexed)
            if (state.PlanId is { } id && present.Contains(path) && !changedPaths.Contains(path))
                owners.TryAdd(id, path);

        var accepted = new List<KnowledgeFile>();
        foreach (var file in changedList)
        {
            if (file.FrontMatter.PlanId is { } id && owners.TryGetValue(id, out var owner) && owner != file.RelativePath)
            {
                lock (_fileProblems)
                    _fileProblems[file.RelativePath] = [.. _fileProblems.GetValueOrDefault(file.RelativePath, []),
                        new KnowledgeProblem(file.RelativePath, 2, $"duplicate plan id '{id}' (already used by {owner}); give this plan its own id")];
                continue;
            }
            if (file.FrontMatter.PlanId is { } newId) owners[newId] = file.RelativePath;
            accepted.Add(file);
        }
        return accepted;
    }

    private IEnumerable<KnowledgeProblem> LoadAliases(KnowledgeFolderScanner.Entry? entry)
    {
        string text;
        try
        {
            text = entry is null ? "" : File.ReadAllText(entry.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (_writer is null) ResetIndex(AliasTable.Empty, "");
            return [new KnowledgeProblem(entry!.RelativePath, 1, $"could not be read: {e.Message}; the previous aliases stay in use")];
        }
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        if (_writer is not null && hash == _aliasHash) return [];
        var (table, problems) = entry is null ? (AliasTable.Empty, []) : AliasFileParser.Parse(text, entry.RelativePath);
        if (problems.Count > 0 && _writer is not null) return problems.Append(new KnowledgeProblem(entry!.RelativePath, 1, "the previous aliases stay in use"));
        ResetIndex(table, hash);
        return problems;
    }

    private void ResetIndex(AliasTable aliases, string aliasHash)
    {
        _writer?.Dispose();
        _directory?.Dispose();
        _indexed.Clear();
        _aliases = aliases;
        _aliasHash = aliasHash;
        _analyzer = new SearchAnalyzer(aliases);
        var reuse = false;
        if (_options.IndexPath is { } path && !_persistentTried)
        {
            _persistentTried = true;
            try
            {
                System.IO.Directory.CreateDirectory(path);
                _directory = FSDirectory.Open(path);
                reuse = IndexedFileStore.TryLoad(_directory, aliasHash, _indexed, _fileProblems);
                _writer = new IndexWriter(_directory, WriterConfig(reuse ? OpenMode.APPEND : OpenMode.CREATE));
                _persistent = true;
                _logger.LogInformation("On-disk index at {Path}: {State}", path, reuse ? $"reusing {_indexed.Count} indexed files" : "building anew");
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or LockObtainFailedException)
            {
                _logger.LogWarning("On-disk index at {Path} is unusable ({Reason}); indexing in memory instead", path, e.Message);
                _directory?.Dispose();
                _indexed.Clear();
                _fileProblems.Clear();
            }
        }
        else if (_persistent && _directory is not null)
        {
            _directory = FSDirectory.Open(_options.IndexPath!);
            _writer = new IndexWriter(_directory, WriterConfig(OpenMode.CREATE));
            return;
        }
        _persistent = false;
        _directory = new RAMDirectory();
        _writer = new IndexWriter(_directory, WriterConfig(OpenMode.CREATE));
    }

    private IndexWriterConfig WriterConfig(OpenMode mode) => new(SearchAnalyzer.Version, _analyzer)
    {
        OpenMode = mode,
        Similarity = new BM25Similarity(),
        RAMBufferSizeMB = 64,
    };

    private KnowledgeSnapshot Publish(IReadOnlyList<KnowledgeProblem> problems, TimeSpan duration)
    {
        var reader = DirectoryReader.Open(_writer!, applyAllDeletes: true);
        var generation = ++_generation;
        var now = DateTimeOffset.UtcNow;
        var snapshot = SnapshotReader.Read(reader, _analyzer!, _aliases, c =>
            new KnowledgeStatus(_folder, c.Files, c.Passages, c.Quotes, c.Events, c.Plans, c.PlanPoints, problems, now, duration, generation));
        var old = Interlocked.Exchange(ref _current, snapshot);
        old?.Release();
        return snapshot;
    }

    private KnowledgeStatus EmptyStatus() => new(_folder, 0, 0, 0, 0, 0, 0, [], null, TimeSpan.Zero, 0);

    public void Dispose()
    {
        _gate.Wait();
        try
        {
            if (_disposed) return;
            _disposed = true;
            Interlocked.Exchange(ref _current, null)?.Release();
            _writer?.Dispose();
            _directory?.Dispose();
        }
        finally
        {
            _gate.Release();
        }
    }
}
