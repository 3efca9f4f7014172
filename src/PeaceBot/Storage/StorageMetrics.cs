using PeaceBot.Hosting;
using Prometheus;

namespace PeaceBot.Storage;

/// <summary>The storage series on <c>/metrics</c>: rows written, dropped by a full queue, and lost to write failures.</summary>
public sealed class StorageMetrics
{
    public StorageMetrics(BotMetrics metrics)
    {
        var factory = Metrics.WithCustomRegistry(metrics.Registry);
        Written = factory.CreateCounter("peacebot_storage_rows_written_total", "Question-log and feedback rows written.");
        Dropped = factory.CreateCounter("peacebot_storage_rows_dropped_total", "Rows dropped because the write queue was full (answers never wait for storage).");
        Failed = factory.CreateCounter("peacebot_storage_rows_failed_total", "Rows lost because the database refused the write (full disk, locked or broken file).");
        Queued = factory.CreateGauge("peacebot_storage_queue_rows", "Rows waiting to be written.");
    }

    public Counter Written { get; }
    public Counter Dropped { get; }
    public Counter Failed { get; }
    public Gauge Queued { get; }
}
