using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PeaceBot.Core.Answers;
using PeaceBot.Hosting;
using PeaceBot.Storage;
using static PeaceBot.Tests.Storage.StorageTestData;

namespace PeaceBot.Tests.Storage;

public sealed class StoreWriterTests
{
    private sealed class FixedAnswers : IAnswerService
    {
        public Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken = default) =>
            Task.FromResult(new Answer(AnswerKind.Ask, "Nothing found.", []) { Outcome = AnswerOutcome.NoResults, CommandText = request.Text });
    }

    [Fact]
    public async Task A_full_queue_drops_and_counts_rows_and_answers_never_wait()
    {
        using var store = new BlockedStore();
        var metrics = new StorageMetrics(new BotMetrics());
        var options = Options.Create(new StorageOptions { QueueCapacity = 8 });
        var writer = new StoreWriter(store, options, metrics, NullLogger<StoreWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);
        var answers = new RecordingAnswerService(new FixedAnswers(), writer, new RecentAnswers(), new AskerHash(), options);

        // The writer takes the first rows and hangs on the blocked store; the queue fills; every answer still completes.
        for (var i = 0; i < 200; i++)
        {
            var task = answers.AnswerAsync(new AnswerRequest($"/ask question {i}", "slack") { UserId = "U1" });
            Assert.True(task.IsCompletedSuccessfully, $"answer {i} waited for storage");
            Assert.Equal(AnswerOutcome.NoResults, (await task).Outcome);
        }
        var dropped = metrics.Dropped.Value;
        Assert.InRange(dropped, 200 - 8 - 512, 200 - 8);
        Assert.True(dropped >= 100, $"only {dropped} dropped");

        store.Release.Set();
        for (var i = 0; i < 200 && metrics.Written.Value < 200 - dropped; i++) await Task.Delay(25);
        await writer.StopAsync(CancellationToken.None);
        Assert.Equal(200 - dropped, store.Inner.Counts().Questions);
        Assert.Equal(200 - dropped, metrics.Written.Value);
    }

    [Fact]
    public async Task A_failing_store_is_counted_and_the_writer_carries_on()
    {
        var path = TempDb();
        var store = new SqliteBotStore(path);
        var metrics = new StorageMetrics(new BotMetrics());
        var writer = new StoreWriter(store, Options.Create(new StorageOptions()), metrics, NullLogger<StoreWriter>.Instance);
        store.Dispose(); // every write now fails, as on a vanished or full disk
        Assert.True(writer.TryEnqueue(Question("/ask a", DateTimeOffset.UtcNow)));
        writer.Drain();
        Assert.Equal(1, metrics.Failed.Value);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Retention_sweeps_rows_older_than_the_setting()
    {
        using var store = new MemoryBotStore();
        store.Write([Question("/ask old", DateTimeOffset.UtcNow.AddDays(-31)), Question("/ask new", DateTimeOffset.UtcNow.AddDays(-29))], []);
        var sweep = new RetentionService(store, Options.Create(new StorageOptions { RetentionDays = 30 }), NullLogger<RetentionService>.Instance);
        Assert.Equal(1, sweep.Sweep());
        Assert.Equal("/ask new", Assert.Single(store.Questions(10)).Command);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task The_log_keeps_no_user_id_and_can_be_turned_off()
    {
        var store = new MemoryBotStore();
        var metrics = new StorageMetrics(new BotMetrics());
        foreach (var log in new[] { true, false })
        {
            var options = Options.Create(new StorageOptions { LogQuestions = log });
            var writer = new StoreWriter(store, options, metrics, NullLogger<StoreWriter>.Instance);
            var recent = new RecentAnswers();
            var answers = new RecordingAnswerService(new FixedAnswers(), writer, recent, new AskerHash(), options);
            var answer = await answers.AnswerAsync(new AnswerRequest("/ask secret plans", "discord") { UserId = "123456789012345678" });
            writer.Drain();
            // Feedback works either way: the answer is remembered in memory.
            Assert.NotNull(recent.TokenOf(answer));
        }
        var row = Assert.Single(store.Questions(10));
        Assert.DoesNotContain("123456789012345678", row.ToString());
        Assert.NotNull(row.Asker);
    }
}
