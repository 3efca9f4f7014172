using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace PeaceBot.Storage;

/// <summary>
/// Takes rows off the answer path: <see cref="TryEnqueue"/> never waits (a full queue drops the row and counts it), and one
/// background loop writes what is queued in batches, one transaction each. A failing write (full disk) is logged and
/// counted, and the loop carries on. On shutdown it writes what is still queued.
/// </summary>
public sealed class StoreWriter : BackgroundService
{
    private const int MaxBatch = 512;
    private readonly Channel<object> _queue;
    private readonly IBotStore _store;
    private readonly StorageMetrics _metrics;
    private readonly ILogger<StoreWriter> _log;
    private DateTime _lastFailureLog;

    public StoreWriter(IBotStore store, IOptions<StorageOptions> options, StorageMetrics metrics, ILogger<StoreWriter> log)
    {
        _store = store;
        _metrics = metrics;
        _log = log;
        _queue = Channel.CreateBounded<object>(new BoundedChannelOptions(options.Value.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait });
    }

    /// <summary>Queues a <see cref="QuestionRecord"/> or <see cref="FeedbackRecord"/>; false (and counted) when the queue is full.</summary>
    public bool TryEnqueue(object row)
    {
        if (_queue.Writer.TryWrite(row))
        {
            _metrics.Queued.Inc();
            return true;
        }
        _metrics.Dropped.Inc();
        return false;
    }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _log.LogInformation("Storage: {Store}", _store.Description);
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        Drain();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false)) Drain();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        Drain();
    }

    /// <summary>Writes everything queued now (the loop's step; tests call it to flush).</summary>
    public void Drain()
    {
        var questions = new List<QuestionRecord>();
        var feedback = new List<FeedbackRecord>();
        while (true)
        {
            questions.Clear();
            feedback.Clear();
            while (questions.Count + feedback.Count < MaxBatch && _queue.Reader.TryRead(out var row))
            {
                if (row is QuestionRecord q) questions.Add(q);
                else if (row is FeedbackRecord f) feedback.Add(f);
            }
            var count = questions.Count + feedback.Count;
            if (count == 0) return;
            _metrics.Queued.Dec(count);
            try
            {
                _store.Write(questions, feedback);
                _metrics.Written.Inc(count);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                _metrics.Failed.Inc(count);
                if (DateTime.UtcNow - _lastFailureLog > TimeSpan.FromMinutes(1))
                {
                    _lastFailureLog = DateTime.UtcNow;
                    _log.LogWarning("Storage: {Rows} rows could not be written ({Store}): {Error}", count, _store.Description, e.Message);
                }
            }
        }
    }
}
