using Microsoft.Data.Sqlite;
using PeaceBot.Storage;
using static PeaceBot.Tests.Storage.StorageTestData;

namespace PeaceBot.Tests.Storage;

public sealed class SqliteBotStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_empty_file_is_migrated_to_the_latest_schema_in_wal_mode()
    {
        var path = TempDb();
        using (var store = new SqliteBotStore(path))
        {
            Assert.Equal(0, store.PreviousVersion);
            Assert.Equal("ok", store.IntegrityCheck());
        }
        using var again = new SqliteBotStore(path);
        Assert.Equal(SqliteMigrations.Latest, again.PreviousVersion);
        using var c = new SqliteConnection($"Data Source={path}");
        c.Open();
        Assert.Equal(SqliteMigrations.Latest, SqliteMigrations.Version(c));
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", cmd.ExecuteScalar());
    }

    [Fact]
    public void A_file_at_version_1_is_brought_forward_keeping_its_rows()
    {
        var path = TempDb();
        using (var c = new SqliteConnection($"Data Source={path}"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = SqliteMigrations.Steps[0] + "\nPRAGMA user_version = 1;" +
                "INSERT INTO questions (at, token, front_end, command, kind, outcome, answer, cited, asker) VALUES (1, 't', 'discord', '/ask old', 'ask', 'NoResults', 'none', '', NULL);";
            cmd.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
        using var store = new SqliteBotStore(path);
        Assert.Equal(1, store.PreviousVersion);
        Assert.Equal("/ask old", Assert.Single(store.Questions(10, unansweredOnly: true)).Command);
    }

    [Fact]
    public void A_file_from_a_newer_version_is_refused_with_a_reason()
    {
        var path = TempDb();
        using (var c = new SqliteConnection($"Data Source={path}"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"PRAGMA user_version = {SqliteMigrations.Latest + 5};";
            cmd.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
        var e = Assert.Throws<InvalidOperationException>(() => new SqliteBotStore(path));
        Assert.Contains("newer", e.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_an_error_not_a_crash()
    {
        var path = TempDb();
        File.WriteAllText(path, "this is not an sqlite file, just text that is long enough to have a header page of its own...........");
        Assert.Throws<SqliteException>(() => new SqliteBotStore(path).Dispose());
    }

    [Fact]
    public void Rows_round_trip_and_retention_deletes_only_old_ones()
    {
        using var store = new SqliteBotStore(TempDb());
        var old = Question("/ask very old", T0.AddDays(-100), "NoResults");
        var recent = Question("/ask recent", T0.AddDays(-1), "NoResults");
        store.Write([old, recent], [new FeedbackRecord(T0.AddDays(-100), false, old, "discord", null), new FeedbackRecord(T0, true, recent, "slack", "v1")]);

        Assert.Equal((2L, 2L), store.Counts());
        var back = store.Questions(10)[0];
        Assert.Equal(recent with { }, back with { CitedFiles = recent.CitedFiles });
        Assert.Equal(["a.md", "b.md"], back.CitedFiles);

        Assert.Equal(2, store.DeleteBefore(T0.AddDays(-90)));
        Assert.Equal((1L, 1L), store.Counts());
        Assert.Equal("/ask recent", Assert.Single(store.Questions(10)).Command);
    }

    [Fact]
    public void One_voter_has_one_vote_per_answer_and_a_second_click_changes_it()
    {
        using var store = new SqliteBotStore(TempDb());
        var q = Question("/ask ferry", T0);
        store.Write([q], [new FeedbackRecord(T0, true, q, "discord", "voter")]);
        store.Write([], [new FeedbackRecord(T0.AddMinutes(1), false, q, "discord", "voter"), new FeedbackRecord(T0, false, q, "discord", null)]);
        var v = Assert.Single(store.Votes(10));
        Assert.Equal((0, 2), (v.Up, v.Down));
    }
}
