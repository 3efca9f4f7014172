using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PeaceBot.Discord.Endpoint;

/// <summary>
/// Answers that outlived the 3-second window and are delivered later by editing the deferred message. Tracked
/// so a shutdown waits for them instead of dropping them.
/// </summary>
public sealed class DeferredReplies : IHostedService
{
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly ILogger<DeferredReplies> _logger;

    public DeferredReplies(ILogger<DeferredReplies> logger) => _logger = logger;

    public int InFlight => _running.Count;

    public void Run(Func<Task> work)
    {
        var task = Task.Run(async () =>
        {
            try
            {
                await work().ConfigureAwait(false);
            }
            catch (Exception e)
            {
                _logger.LogError(e, "Delivering a deferred Discord answer failed");
            }
        });
        _running.TryAdd(task, 0);
        task.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var pending = _running.Keys.ToArray();
        if (pending.Length == 0) return;
        _logger.LogInformation("Waiting for {Count} deferred Discord answers before stopping", pending.Length);
        await Task.WhenAny(Task.WhenAll(pending), Task.Delay(Timeout.Infinite, cancellationToken)).ConfigureAwait(false);
    }
}
