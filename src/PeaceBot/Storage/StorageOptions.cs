using System.ComponentModel.DataAnnotations;

namespace PeaceBot.Storage;

/// <summary><c>Storage:*</c> — where the question log and feedback live, and for how long.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The SQLite file; empty keeps everything in memory (lost on restart, said in the log).</summary>
    public string? Path { get; set; }

    /// <summary>Record every answered command (text, kind, outcome, cited files; never who asked).</summary>
    public bool LogQuestions { get; set; } = true;

    /// <summary>Rows older than this many days are deleted (questions and feedback alike).</summary>
    [Range(1, 36500)]
    public int RetentionDays { get; set; } = 90;

    /// <summary>Rows waiting to be written; when full, new rows are dropped and counted, answers never wait.</summary>
    [Range(1, 1_000_000)]
    public int QueueCapacity { get; set; } = 10_000;
}
