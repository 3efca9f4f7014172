using Microsoft.Extensions.Options;
using PeaceBot.Core.Engine;

namespace PeaceBot.Hosting;

/// <summary>
/// Loads the knowledge at start-up, then re-indexes when files change: file-system events are debounced into one
/// reload, and a periodic rescan (cheap: unchanged files are skipped by size and time) catches what watchers miss.
/// A reload that fails outright is logged and counted; the serving snapshot stays as it was.
/// </summary>
public sealed class KnowledgeWatcher : BackgroundService
{
    private readonly KnowledgeService _knowledge;
    private readonly KnowledgeHostOptions _options;
    private readonly BotMetrics _metrics;
    private readonly ILogger<KnowledgeWatcher> _logger;
    private readonly SemaphoreSlim _changed = new(0, 1);
    private FileSystemWatcher? _watcher;

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

    private void StartWatching()
    {
        try
        {
            _watcher = new FileSystemWatcher(_knowledge.Folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            _watcher.Changed += (_, _) => Signal();
            _watcher.Created += (_, _) => Signal();
            _watcher.Deleted += (_, _) => Signal();
            _watcher.Renamed += (_, _) => Signal();
            _watcher.Error += (_, e) => { _logger.LogWarning(e.GetException(), "Knowledge folder watcher failed; periodic rescans continue"); Signal(); };
            _watcher.EnableRaisingEvents = true;
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            _logger.LogWarning("Cannot watch {Folder} ({Reason}); changes are picked up by periodic rescans", _knowledge.Folder, e.Message);
        }
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
        _watcher?.Dispose();
        _changed.Dispose();
        base.Dispose();
    }
}
