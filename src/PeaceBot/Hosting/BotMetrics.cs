using Prometheus;

namespace PeaceBot.Hosting;

/// <summary>
/// The Prometheus series PeaceBot exports on <c>/metrics</c>. Each host owns its registry, so two hosts in one process
/// (the tests) never share gauges, and a gauge read back is this host's own.
/// </summary>
public sealed class BotMetrics
{
    public BotMetrics()
    {
        Registry = Metrics.NewCustomRegistry();
        DotNetStats.Register(Registry);
        var factory = Metrics.WithCustomRegistry(Registry);
        Answers = factory.CreateCounter(
            "peacebot_answers_total", "Answers given, by front end, command and outcome.",
            new CounterConfiguration { LabelNames = ["front_end", "command", "outcome"] });
        AnswerSeconds = factory.CreateHistogram(
            "peacebot_answer_duration_seconds", "Time to answer a command.",
            new HistogramConfiguration { LabelNames = ["front_end"], Buckets = Histogram.ExponentialBuckets(0.0005, 2, 14) });
        RateLimited = factory.CreateCounter(
            "peacebot_rate_limited_total", "Requests refused by the per-user rate limit.", new CounterConfiguration { LabelNames = ["front_end"] });
        Files = factory.CreateGauge("peacebot_knowledge_files", "Knowledge files indexed.");
        Passages = factory.CreateGauge("peacebot_knowledge_passages", "Passages indexed.");
        Problems = factory.CreateGauge("peacebot_knowledge_problems", "Problems in the knowledge files now.");
        Reloads = factory.CreateCounter("peacebot_reloads_total", "Knowledge reloads (file changes, rescans and moderators' /reload).");
        ReloadFailures = factory.CreateCounter("peacebot_reload_failures_total", "Knowledge reloads that failed outright.");
        IndexWriteFailures = factory.CreateCounter("peacebot_index_write_failures_total",
            "Reloads whose index write failed (disk full, I/O error); the last good knowledge kept serving and the write is retried.");
    }

    public CollectorRegistry Registry { get; }
    public Counter Answers { get; }
    public Histogram AnswerSeconds { get; }
    public Counter RateLimited { get; }
    public Gauge Files { get; }
    public Gauge Passages { get; }
    public Gauge Problems { get; }
    public Counter Reloads { get; }
    public Counter ReloadFailures { get; }
    public Counter IndexWriteFailures { get; }
}
