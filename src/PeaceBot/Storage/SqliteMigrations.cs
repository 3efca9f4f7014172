using Microsoft.Data.Sqlite;

namespace PeaceBot.Storage;

/// <summary>
/// The schema, as numbered steps applied in order at start-up. <c>PRAGMA user_version</c> records the last step applied;
/// each step runs in its own transaction, so a crash mid-migration leaves the previous version intact. Never edit a
/// released step: add the next one.
/// </summary>
public static class SqliteMigrations
{
    public static IReadOnlyList<string> Steps { get; } =
    [
        // 1: the question log and feedback.
        """
        CREATE TABLE questions (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            token TEXT NOT NULL,
            front_end TEXT NOT NULL,
            command TEXT NOT NULL,
            kind TEXT NOT NULL,
            outcome TEXT NOT NULL,
            answer TEXT NOT NULL,
            cited TEXT NOT NULL,
            asker TEXT);
        CREATE INDEX questions_at ON questions(at);
        CREATE INDEX questions_token ON questions(token);
        CREATE TABLE feedback (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            helpful INTEGER NOT NULL,
            token TEXT NOT NULL,
            front_end TEXT NOT NULL,
            command TEXT NOT NULL,
            kind TEXT NOT NULL,
            outcome TEXT NOT NULL,
            answer TEXT NOT NULL,
            cited TEXT NOT NULL,
            voter TEXT);
        CREATE INDEX feedback_at ON feedback(at);
        """,
        // 2: one vote per voter per answer (a second click changes it); anonymous votes all count.
        """
        CREATE UNIQUE INDEX feedback_one_vote ON feedback(token, voter) WHERE voter IS NOT NULL;
        CREATE INDEX feedback_command ON feedback(command);
        """,
    ];

    public static int Latest => Steps.Count;

    /// <summary>Brings the database to <see cref="Latest"/>; returns the version it was at.</summary>
    public static int Apply(SqliteConnection connection)
    {
        var version = Version(connection);
        if (version > Latest)
            throw new InvalidOperationException($"the database is at schema version {version}, newer than this PeaceBot knows ({Latest}); use a newer PeaceBot or another Storage:Path");
        for (var step = version; step < Latest; step++)
        {
            using var tx = connection.BeginTransaction();
            using (var cmd = connection.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = Steps[step] + $"\nPRAGMA user_version = {step + 1};";
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
        return version;
    }

    public static int Version(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
