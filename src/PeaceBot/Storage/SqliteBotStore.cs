using Microsoft.Data.Sqlite;

namespace PeaceBot.Storage;

/// <summary>
/// Questions and feedback in one SQLite file, in WAL mode so a reader never blocks the writer and a <c>kill -9</c>
/// loses at most the last uncommitted batch, never the file. The schema is migrated when the store opens.
/// </summary>
public sealed class SqliteBotStore : IBotStore
{
    private const string QuestionColumns = "at, token, front_end, command, kind, outcome, answer, cited, asker";
    private readonly string _connectionString;
    private readonly SqliteConnection _writer;
    private readonly Lock _writeLock = new();

    public SqliteBotStore(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(full) is { } dir) Directory.CreateDirectory(dir);
        Path = full;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, DefaultTimeout = 5 }.ToString();
        _writer = new SqliteConnection(_connectionString);
        try
        {
            _writer.Open();
            Exec(_writer, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;");
            PreviousVersion = SqliteMigrations.Apply(_writer);
        }
        catch
        {
            _writer.Dispose();
            throw;
        }
    }

    public string Path { get; }

    /// <summary>The schema version the file had before this open migrated it (0: a new file).</summary>
    public int PreviousVersion { get; }

    public string Description => $"SQLite at {Path}";

    public void Write(IReadOnlyList<QuestionRecord> questions, IReadOnlyList<FeedbackRecord> feedback)
    {
        if (questions.Count == 0 && feedback.Count == 0) return;
        lock (_writeLock)
        {
            using var tx = _writer.BeginTransaction();
            using var q = _writer.CreateCommand();
            q.Transaction = tx;
            q.CommandText = $"INSERT INTO questions ({QuestionColumns}) VALUES ($at, $token, $front, $command, $kind, $outcome, $answer, $cited, $asker)";
            foreach (var r in questions)
            {
                q.Parameters.Clear();
                Bind(q, r, r.At, r.FrontEnd);
                q.Parameters.AddWithValue("$asker", (object?)r.Asker ?? DBNull.Value);
                q.ExecuteNonQuery();
            }
            using var f = _writer.CreateCommand();
            f.Transaction = tx;
            f.CommandText = """
                INSERT INTO feedback (at, helpful, token, front_end, command, kind, outcome, answer, cited, voter)
                VALUES ($at, $helpful, $token, $front, $command, $kind, $outcome, $answer, $cited, $voter)
                ON CONFLICT (token, voter) WHERE voter IS NOT NULL DO UPDATE SET helpful = excluded.helpful, at = excluded.at
                """;
            foreach (var r in feedback)
            {
                f.Parameters.Clear();
                Bind(f, r.Question, r.At, r.FrontEnd);
                f.Parameters.AddWithValue("$helpful", r.Helpful ? 1 : 0);
                f.Parameters.AddWithValue("$voter", (object?)r.Voter ?? DBNull.Value);
                f.ExecuteNonQuery();
            }
            tx.Commit();
        }
    }

    public int DeleteBefore(DateTimeOffset before)
    {
        lock (_writeLock)
        {
            using var cmd = _writer.CreateCommand();
            cmd.CommandText = "DELETE FROM questions WHERE at < $t; DELETE FROM feedback WHERE at < $t;";
            cmd.Parameters.AddWithValue("$t", before.ToUnixTimeMilliseconds());
            return cmd.ExecuteNonQuery();
        }
    }

    public IReadOnlyList<QuestionRecord> Questions(int limit, bool unansweredOnly = false) =>
        Read($"SELECT {QuestionColumns} FROM questions {(unansweredOnly ? "WHERE outcome IN ('NoResults', 'Failed')" : "")} ORDER BY id DESC LIMIT $limit",
            c => c.Parameters.AddWithValue("$limit", limit), ReadQuestion);

    public QuestionRecord? FindQuestion(string token) =>
        Read($"SELECT {QuestionColumns} FROM questions WHERE token = $token ORDER BY id DESC LIMIT 1",
            c => c.Parameters.AddWithValue("$token", token), ReadQuestion).FirstOrDefault();

    public IReadOnlyList<FeedbackRecord> Feedback(int limit) =>
        Read("SELECT at, token, front_end, command, kind, outcome, answer, cited, voter, helpful FROM feedback ORDER BY at DESC, id DESC LIMIT $limit",
            c => c.Parameters.AddWithValue("$limit", limit),
            r => new FeedbackRecord(At(r), r.GetInt32(9) == 1, ReadQuestion(r) with { Asker = null }, r.GetString(2), r.IsDBNull(8) ? null : r.GetString(8)));

    public IReadOnlyList<VoteSummary> Votes(int limit) =>
        Read("""
            SELECT f.at, f.token, f.front_end, f.command, f.kind, f.outcome, f.answer, f.cited, NULL, s.up, s.down
            FROM (SELECT command, SUM(helpful) AS up, SUM(1 - helpful) AS down, MAX(id) AS last FROM feedback GROUP BY command) s
            JOIN feedback f ON f.id = s.last
            ORDER BY s.down DESC, s.up ASC, f.at DESC LIMIT $limit
            """,
            c => c.Parameters.AddWithValue("$limit", limit),
            r => new VoteSummary(r.GetString(3), r.GetInt32(9), r.GetInt32(10), ReadQuestion(r)));

    public (long Questions, long Feedback) Counts()
    {
        var row = Read("SELECT (SELECT COUNT(*) FROM questions), (SELECT COUNT(*) FROM feedback)", _ => { }, r => (r.GetInt64(0), r.GetInt64(1)));
        return row[0];
    }

    /// <summary>"ok" for a sound file (SQLite's own check).</summary>
    public string IntegrityCheck() => Read("PRAGMA integrity_check", _ => { }, r => r.GetString(0)).FirstOrDefault() ?? "";

    public void Dispose()
    {
        lock (_writeLock) _writer.Dispose();
    }

    private static void Bind(SqliteCommand cmd, QuestionRecord r, DateTimeOffset at, string frontEnd)
    {
        cmd.Parameters.AddWithValue("$at", at.ToUnixTimeMilliseconds());
        cmd.Parameters.AddWithValue("$token", r.Token);
        cmd.Parameters.AddWithValue("$front", frontEnd);
        cmd.Parameters.AddWithValue("$command", r.Command);
        cmd.Parameters.AddWithValue("$kind", r.Kind);
        cmd.Parameters.AddWithValue("$outcome", r.Outcome);
        cmd.Parameters.AddWithValue("$answer", r.Answer);
        cmd.Parameters.AddWithValue("$cited", string.Join('\n', r.CitedFiles));
    }

    private static DateTimeOffset At(SqliteDataReader r) => DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(0));

    private static QuestionRecord ReadQuestion(SqliteDataReader r) => new(
        At(r), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6),
        r.GetString(7).Split('\n', StringSplitOptions.RemoveEmptyEntries), r.IsDBNull(8) ? null : r.GetString(8));

    private List<T> Read<T>(string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> map)
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        bind(cmd);
        using var reader = cmd.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }

    private static void Exec(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
