using Prometheus;

namespace PeaceBot.Hosting;

/// <summary>The Prometheus series PeaceBot exports on <c>/metrics</c>.</summary>
public static class BotMetrics
{
    public static readonly Counter Answers = Metrics.CreateCounter(
        "peacebot_answers_total", "Answers given, by front end, command and outcome.",
        new CounterConfiguration { LabelNames = ["front_end", "command", "outcome"] });

    public static readonly Histogram AnswerSeconds = Metrics.CreateHistogram(
        "peacebot_answer_duration_seconds", "Time to answer a command.",
        new HistogramConfiguration { LabelNames = ["front_end"], Buckets = Histogram.ExponentialBuckets(0.0005, 2, 14) });

    public static readonly Counter RateLimited = Metrics.CreateCounter(
        "peacebot_rate_limited_total", "Requests refused by the per-user rate limit.", new CounterConfiguration { LabelNames = ["front_end"] });

    public static readonly Gauge Files = Metrics.CreateGauge("peacebot_knowledge_files", "Knowledge files indexed.");
    public static readonly Gauge Passages = Metrics.CreateGauge("peacebot_knowledge_passages", "Passages indexed.");
    public static readonly Gauge Problems = Metrics.CreateGauge("peacebot_knowledge_problems", "Problems in the knowledge files now.");
    public static readonly Counter Reloads = Metrics.CreateCounter("peacebot_reloads_total", "Knowledge reloads.");
    public static readonly Counter ReloadFailures = Metrics.CreateCounter("peacebot_reload_failures_total", "Knowledge reloads that failed outright.");
}
