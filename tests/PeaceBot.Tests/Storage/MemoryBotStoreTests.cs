using PeaceBot.Storage;
using static PeaceBot.Tests.Storage.StorageTestData;

namespace PeaceBot.Tests.Storage;

public sealed class MemoryBotStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Behaves_as_the_sqlite_store_does()
    {
        using var store = new MemoryBotStore();
        var old = Question("/ask old", T0.AddDays(-100), "NoResults");
        var recent = Question("/ask recent", T0, "Answered");
        store.Write([old, recent], [new FeedbackRecord(T0, true, recent, "slack", "v"), new FeedbackRecord(T0.AddSeconds(1), false, recent, "slack", "v")]);
        Assert.Equal("/ask old", Assert.Single(store.Questions(10, unansweredOnly: true)).Command);
        Assert.Equal((0, 1), (store.Votes(10)[0].Up, store.Votes(10)[0].Down));
        Assert.Equal(1, store.DeleteBefore(T0.AddDays(-90)));
        Assert.Equal((1L, 1L), store.Counts());
    }

    [Fact]
    public void Keeps_at_most_its_bound()
    {
        using var store = new MemoryBotStore(maxRows: 3);
        store.Write([.. Enumerable.Range(0, 5).Select(i => Question($"/ask {i}", T0.AddMinutes(i)))], []);
        Assert.Equal(["/ask 4", "/ask 3", "/ask 2"], store.Questions(10).Select(q => q.Command));
    }
}
