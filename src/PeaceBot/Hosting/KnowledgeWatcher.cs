using Microsoft.Extensions.Options;
using PeaceBot.Core.Engine;

namespace PeaceBot.Hosting;

/// <summary>
/// Loads the knowledge at start-up, then re-indexes when files change: file-system events are debounced into one
/// reload, and a periodic rescan (cheap: unchanged files are skipped by size and time) catches what watchers miss.
/// A reload that fails outright is logged and counted; the serving snapshot stays as it was. A folder removed and made
/// again, or swapped by <c>mv</c>, is watched again as soon as it is back.
/// </summary>
public sealed class KnowledgeWatcher : BackgroundService
{
    private readonly KnowledgeService _knowledge;
    private readonly KnowledgeHostOptions _options;
    private readonly BotMetrics _metrics;
    private readonly ILogger<KnowledgeWatcher> _logger;
    private readonly SemaphoreSlim _changed = new(0, 1);
    private readonly object _attach = new();
    private FileSystemWatcher? _watcher;
    private FileSystemWatcher? _parentWatcher;
    private bool _stopped;

    public KnowledgeWatcher(KnowledgeService knowledge, IOptions<KnowledgeHostOptions> options, BotMetrics metrics, ILogger<KnowledgeWatcher> logger)
    {
        _knowledge = knowledge;
        _options = options.Value;
        _metrics = metrics;
        _logger = logger;
    }

    /// <summary>Continuous changes delay a reload by at most this many debounce periods.</summary>
    public const int MaxDebounceFactor = 10;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Watch first: a file saved while the first load runs then triggers a second one instead of waiting for a rescan.
        StartWatching();
        await ReloadAsync("start-up", stoppingToken);
        var rescan = _options.RescanSeconds > 0 ? TimeSpan.FromSeconds(_options.RescanSeconds) : Timeout.InfiniteTimeSpan;
        while (!stoppingToken.IsCancellationRequested)
        {
            bool signalled;
            try
            {
                signalled = await _changed.WaitAsync(rescan, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            if (signalled)
            {
                // Editors write a file in several steps: wait until the folder has been quiet for a moment, but not
                // forever, or a folder that is written to all the time (a sync client) would never be re-indexed.
                var waited = System.Diagnostics.Stopwatch.StartNew();
                while (await Quiet(stoppingToken) is false && waited.ElapsedMilliseconds < MaxDebounceFactor * _options.DebounceMilliseconds) { }
            }
            await ReloadAsync(signalled ? "file change" : "periodic rescan", stoppingToken);
            EnsureAttached();
        }
    }

    private async Task<bool> Quiet(CancellationToken ct)
    {
        try
        {
            return !await _changed.WaitAsync(_options.DebounceMilliseconds, ct);
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    private async Task ReloadAsync(string why, CancellationToken ct)
    {
        try
        {
            var report = await _knowledge.ReloadAsync(ct);
            if (report.Added + report.Changed + report.Removed > 0 || why == "start-up")
                _logger.LogInformation("Knowledge reloaded after {Why}: {Added} added, {Changed} changed, {Removed} removed; {Files} files, {Passages} passages, {Problems} problems",
                    why, report.Added, report.Changed, report.Removed, report.Status.Files, report.Status.Passages, report.Problems.Count);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            _metrics.ReloadFailures.Inc();
            _logger.LogError(e, "Knowledge reload after {Why} failed; the previous knowledge keeps serving", why);
        }
    }

    /// <summary>
    /// Watches the folder itself and, in its parent, the folder's name: when the folder is removed and made again, or
    /// moved away and another moved in (<c>rm -rf</c>, an <c>mv</c> swap), the folder watcher is attached to the new
    /// folder at once instead of watching a deleted or moved-away one.
    /// </summary>
    private void StartWatching()
    {
        var folder = _knowledge.Folder.TrimEnd(Path.DirectorySeparatorChar);
        if (Path.GetDirectoryName(folder) is { Length: > 0 } parent && Directory.Exists(parent))
        {
            try
            {
                _parentWatcher = new FileSystemWatcher(parent) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.DirectoryName };
                var name = Path.GetFileName(folder);
                _parentWatcher.Created += (_, e) => { if (e.Name == name) Reattach("it was created"); };
                _parentWatcher.Deleted += (_, e) => { if (e.Name == name) Reattach("it was removed"); };
                _parentWatcher.Renamed += (_, e) => { if (e.Name == name || e.OldName == name) Reattach("it was moved"); };
                _parentWatcher.Error += (_, _) => Reattach("the parent watcher failed");
                _parentWatcher.EnableRaisingEvents = true;
            }
            catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
            {
                _logger.LogWarning("Cannot watch {Folder} for the knowledge folder's replacement ({Reason}); periodic rescans re-attach", parent, e.Message);
            }
        }
        Reattach(null);
    }

    /// <summary>(Re)creates the folder watcher on the folder now at the path, then asks for a reload.</summary>
    private void Reattach(string? why)
    {
        lock (_attach)
        {
            if (_stopped) return;
            _watcher?.Dispose();
            _watcher = null;
            if (why is not null) _logger.LogInformation("Knowledge folder {Folder}: {Why}; watching it again", _knowledge.Folder, why);
            if (Directory.Exists(_knowledge.Folder))
            {
                try
                {
                    var watcher = new FileSystemWatcher(_knowledge.Folder)
                    {
                        IncludeSubdirectories = true,
                        NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                    };
                    watcher.Changed += (_, _) => Signal();
                    watcher.Created += (_, _) => Signal();
                    watcher.Deleted += (_, _) => Signal();
                    watcher.Renamed += (_, _) => Signal();
                    watcher.Error += (_, e) => { _logger.LogWarning(e.GetException(), "Knowledge folder watcher failed"); Reattach("its watcher failed"); };
                    watcher.EnableRaisingEvents = true;
                    _watcher = watcher;
                }
                catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
                {
                    _logger.LogWarning("Cannot watch {Folder} ({Reason}); changes are picked up by periodic rescans", _knowledge.Folder, e.Message);
                }
            }
        }
        if (why is not null) Signal();
    }

    /// <summary>After a reload: a folder that came back without an event seen (a missed one) is watched again.</summary>
    private void EnsureAttached()
    {
        bool missing;
        lock (_attach) missing = _watcher is null && !_stopped;
        if (missing && Directory.Exists(_knowledge.Folder)) Reattach(null);
    }

    private void Signal()
    {
        try
        {
            if (_changed.CurrentCount == 0) _changed.Release();
        }
        catch (Exception e) when (e is SemaphoreFullException or ObjectDisposedException)
        {
            // Already signalled, or an event raced the shutdown: an exception here would end the process.
        }
    }

    public override void Dispose()
    {
        lock (_attach)
        {
            _stopped = true;
            _watcher?.Dispose();
        }
        _parentWatcher?.Dispose();
        _changed.Dispose();
        base.Dispose();
    }
}
