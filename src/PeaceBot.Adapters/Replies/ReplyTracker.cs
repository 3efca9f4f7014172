using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PeaceBot.Adapters.Replies;

/// <summary>
/// Replies that go out after the platform's acknowledgement (a deferred answer, a response_url post, a thread
/// reply). Each runs in the background, is tracked, and is DRAINED at shutdown: a stop request does not cancel
/// them; only the end of the host's grace period (the token <see cref="StopAsync"/> receives) does.
/// </summary>
public sealed class ReplyTracker : IHostedService, IDisposable
{
    private readonly ConcurrentDictionary<Task, string> _running = new();
    private readonly CancellationTokenSource _abandon = new();
    private readonly ILogger<ReplyTracker> _logger;

    public ReplyTracker(ILogger<ReplyTracker> logger) => _logger = logger;

    public int InFlight => _running.Count;

    /// <summary>Cancelled only when the grace period ends with replies still running.</summary>
    public CancellationToken Abandoned => _abandon.Token;

    /// <summary>Starts <paramref name="work"/> in the background; <paramref name="what"/> names it in logs.</summary>
    public Task Run(string what, Func<CancellationToken, Task> work)
    {
        var ct = _abandon.Token;
        var task = Task.Run(async () =>
        {
            try
            {
                await work(ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                _logger.LogWarning("A {What} reply was still running when the shutdown grace period ended; dropped", what);
            }
            catch (Exception e)
            {
                _logger.LogError(e, "Delivering a {What} reply failed", what);
            }
        }, CancellationToken.None);
        _running.TryAdd(task, what);
        task.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return task;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Waits for every reply started so far; when the grace period (<paramref name="cancellationToken"/>) ends first, cancels the rest.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var pending = _running.Keys.ToArray();
        if (pending.Length == 0) return;
        _logger.LogInformation("Delivering {Count} background replies before stopping", pending.Length);
        var all = Task.WhenAll(pending);
        var finished = await Task.WhenAny(all, Task.Delay(Timeout.Infinite, cancellationToken)).ConfigureAwait(false);
        if (finished == all) return;
        _logger.LogWarning("Shutdown grace period over with {Count} replies undelivered; cancelling them", _running.Count);
        await _abandon.CancelAsync().ConfigureAwait(false);
    }

    public void Dispose() => _abandon.Dispose();
}
