using PeaceBot.Core.Engine;
using PeaceBot.Core.Knowledge;

namespace PeaceBot.Hosting;

/// <summary>
/// Keeps the knowledge gauges in step with every reload, whoever triggered it: the watcher, a periodic rescan, or a
/// moderator's <c>/reload</c> through any front end (which goes straight to the knowledge service).
/// </summary>
public sealed class KnowledgeMetrics : IHostedService
{
    private readonly KnowledgeService _knowledge;
    private readonly BotMetrics _metrics;

    public KnowledgeMetrics(KnowledgeService knowledge, BotMetrics metrics)
    {
        _knowledge = knowledge;
        _metrics = metrics;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _knowledge.Reloaded += OnReloaded;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _knowledge.Reloaded -= OnReloaded;
        return Task.CompletedTask;
    }

    private void OnReloaded(object? sender, ReloadReport report)
    {
        _metrics.Reloads.Inc();
        if (report.Failure is not null) _metrics.IndexWriteFailures.Inc();
        Publish(report.Status);
    }

    private void Publish(KnowledgeStatus status)
    {
        _metrics.Files.Set(status.Files);
        _metrics.Passages.Set(status.Passages);
        _metrics.Problems.Set(status.Problems.Count);
    }
}
