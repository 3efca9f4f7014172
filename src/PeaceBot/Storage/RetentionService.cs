using Microsoft.Extensions.Options;

namespace PeaceBot.Storage;

/// <summary>Deletes questions and feedback older than <c>Storage:RetentionDays</c>: at start-up, then every hour.</summary>
public sealed class RetentionService : BackgroundService
{
    private readonly IBotStore _store;
    private readonly TimeSpan _keep;
    private readonly TimeProvider _clock;
    private readonly ILogger<RetentionService> _log;

    public RetentionService(IBotStore store, IOptions<StorageOptions> options, ILogger<RetentionService> log, TimeProvider? clock = null)
    {
        _store = store;
        _keep = TimeSpan.FromDays(options.Value.RetentionDays);
        _log = log;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>One pass; returns the rows deleted.</summary>
    public int Sweep()
    {
        try
        {
            var deleted = _store.DeleteBefore(_clock.GetUtcNow() - _keep);
            if (deleted > 0) _log.LogInformation("Storage: deleted {Rows} rows older than {Days} days", deleted, (int)_keep.TotalDays);
            return deleted;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _log.LogWarning("Storage: the retention sweep failed: {Error}", e.Message);
            return 0;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), _clock);
        do Sweep();
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
