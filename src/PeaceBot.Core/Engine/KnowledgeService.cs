using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PeaceBot.Core.Documents;
using PeaceBot.Core.Index;
using PeaceBot.Core.Knowledge;

namespace PeaceBot.Core.Engine;

/// <summary>
/// Keeps the index in step with a knowledge folder. A reload diffs the folder against what the index committed
/// (<see cref="FolderDiff"/>), stages the changed files' documents and deletes those of removed files in the
/// <see cref="IndexStore"/>, commits, and publishes a new snapshot (<see cref="SnapshotPublisher"/>); the problems it
/// meets have one owner (<see cref="ProblemList"/>). A file that turns invalid keeps its last good version; a failed
/// index write keeps the last good snapshot serving and is retried by the next reload; a folder that vanished keeps
/// everything it had. Changing the aliases file rebuilds everything, since it changes how words are indexed.
/// </summary>
public sealed class KnowledgeService : IKnowledgeService, IDisposable
{
    private readonly string _folder;
    private readonly KnowledgeOptions _options;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IndexStore _store;
    private readonly SnapshotPublisher _publisher = new();
    private readonly ProblemList _problems = new();
    private KnowledgeHealth _health = KnowledgeHealth.Good;
    private bool _unpublished;
    private bool _disposed;

    public KnowledgeService(string folder, KnowledgeOptions? options = null, ILogger? logger = null)
    {
        _folder = Path.GetFullPath(folder);
        _options = options ?? new KnowledgeOptions();
        _logger = logger ?? NullLogger.Instance;
        _store = new IndexStore(_options, _logger);
    }

    public string Folder => _folder;

    public event EventHandler<ReloadReport>? Reloaded;

    public KnowledgeStatus Status => (_publisher.Current?.Status ?? EmptyStatus()) with { Health = Volatile.Read(ref _health) };

    /// <summary>Takes a reference on the serving snapshot; the lease's snapshot is null before the first load.</summary>
    public SnapshotLease Acquire() => _publisher.Acquire();

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
        var listing = _options.ListFolder is { } list ? KnowledgeFolderScanner.Scan(_folder, list) : KnowledgeFolderScanner.Scan(_folder);
        var folderProblems = listing.Problems.ToList();
        if (listing.RootProblem is null) folderProblems.AddRange(LoadAliases(listing.AliasFile));
        else if (!_store.IsOpen) _store.Reset(AliasTable.Empty, "", _problems);
        if (_store.Notice is { } notice) folderProblems.Insert(0, notice);
        _problems.SetFolder(folderProblems);

        var diff = FolderDiff.Compute(listing, _store, _problems, ParallelFor(cancellationToken));
        var plans = PlanClaims.Decide(diff.Changed, _store.AllCommitted(), diff.Removed);
        _problems.SetPlans(plans.Problems);
        var accepted = plans.Accepted;
        int added = 0, updated = 0;
        try
        {
            Parallel.ForEach(accepted, ParallelFor(cancellationToken), file =>
            {
                if (Documents(file) is not { } docs) return;
                var existed = _store.Committed(file.RelativePath) is not null;
                _store.Stage(file.RelativePath, docs, FolderDiff.Stat(Path.Combine(_folder, file.RelativePath), file));
                Interlocked.Increment(ref existed ? ref updated : ref added);
            });
            foreach (var gone in diff.Removed) _store.Delete(gone);
            foreach (var evicted in plans.Evicted) _store.Delete(evicted);
            _problems.Prune(diff.Present, listing.IsHidden);

            var problems = _problems.All();
            var folderHealth = listing.RootProblem ?? (_store.AllCommitted().Count + added == 0 ? $"the knowledge folder '{_folder}' holds no knowledge files (.md or .txt)" : null);
            // A rescan that found nothing new keeps the serving snapshot, and does not repeat its warnings.
            if (added + updated + diff.Removed.Count + plans.Evicted.Count == 0 && !_unpublished && _publisher.Current is { } current && current.Status.Problems.SequenceEqual(problems))
            {
                SetHealth(_health with { Folder = folderHealth, LastReloadFailure = null, Index = _store.Fallback });
                _logger.LogDebug("Knowledge unchanged: {Files} files", current.Status.Files);
                return new ReloadReport(0, 0, 0, diff.Unchanged, Status, clock.Elapsed);
            }
            _store.Commit();
            _unpublished = true;
            var snapshot = _publisher.Publish(_store.OpenReader(), _store, _folder, problems, clock.Elapsed);
            _unpublished = false;
            SetHealth(new KnowledgeHealth(folderHealth, null, _store.Fallback));
            foreach (var p in problems) _logger.LogWarning("Knowledge problem: {Problem}", p.ToString());
            _logger.LogInformation("Knowledge reloaded: {Files} files, {Passages} passages, {Added} added, {Changed} changed, {Removed} removed, {Problems} problems in {Ms} ms",
                snapshot.Status.Files, snapshot.Status.Passages, added, updated, diff.Removed.Count, problems.Count, (int)clock.ElapsedMilliseconds);
            return new ReloadReport(added, updated, diff.Removed.Count, diff.Unchanged, Status, clock.Elapsed);
        }
        catch (OperationCanceledException)
        {
            _store.Rollback();
            throw;
        }
        catch (Exception e)
        {
            _store.Rollback();
            var cause = Innermost(e);
            var failure = string.Create(CultureInfo.InvariantCulture,
                $"the reload at {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss} UTC could not write the index ({cause.Message}); the last good knowledge keeps serving and the reload is retried");
            SetHealth(_health with { LastReloadFailure = failure, Index = _store.Fallback });
            _logger.LogError(cause, "Knowledge reload failed: {Failure}", failure);
            return new ReloadReport(0, 0, 0, diff.Unchanged, Status, clock.Elapsed) { Failure = failure };
        }
    }

    private void SetHealth(KnowledgeHealth health) => Volatile.Write(ref _health, health);

    private static Exception Innermost(Exception e) => e is AggregateException a && a.Flatten().InnerExceptions is [var first, ..] ? Innermost(first) : e;

    private ParallelOptions ParallelFor(CancellationToken ct) => new() { MaxDegreeOfParallelism = Math.Max(1, _options.Parallelism), CancellationToken = ct };

    /// <summary>The file's Lucene documents, or null (and a problem) when extraction fails. Index write faults are not caught here.</summary>
    private List<Lucene.Net.Documents.Document>? Documents(KnowledgeFile file)
    {
        try
        {
            var doc = DocumentProcessor.Process(file, _store.Aliases);
            var docs = DocumentIndexer.ToLucene(doc);
            IndexedFileStore.Annotate(docs[0], FolderDiff.Stat(Path.Combine(_folder, file.RelativePath), file), doc.Problems);
            if (doc.Problems.Count > 0) _problems.Add(file.RelativePath, doc.Problems);
            return docs.ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogError(e, "Extraction failed for {File}", file.RelativePath);
            _problems.Set(file.RelativePath, [new KnowledgeProblem(file.RelativePath, 1, $"could not be indexed: {e.Message}")]);
            return null;
        }
    }

    private IEnumerable<KnowledgeProblem> LoadAliases(KnowledgeFolderScanner.Entry? entry)
    {
        string text;
        try
        {
            text = entry is null ? "" : KnowledgeFileReader.ReadText(entry.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            if (!_store.IsOpen) _store.Reset(AliasTable.Empty, "", _problems);
            return [new KnowledgeProblem(entry!.RelativePath, 1, $"could not be read: {e.Message}; the previous aliases stay in use")];
        }
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        if (_store.IsOpen && hash == _store.AliasHash) return [];
        var (table, problems) = entry is null ? (AliasTable.Empty, []) : AliasFileParser.Parse(text, entry.RelativePath);
        if (problems.Count > 0 && _store.IsOpen) return problems.Append(new KnowledgeProblem(entry!.RelativePath, 1, "the previous aliases stay in use"));
        _store.Reset(table, hash, _problems);
        return problems;
    }

    private KnowledgeStatus EmptyStatus() => new(_folder, 0, 0, 0, 0, 0, 0, [], null, TimeSpan.Zero, 0);

    public void Dispose()
    {
        _gate.Wait();
        try
        {
            if (_disposed) return;
            _disposed = true;
            _publisher.Dispose();
            _store.Dispose();
        }
        finally
        {
            _gate.Release();
        }
    }
}
