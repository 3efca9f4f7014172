namespace PeaceBot.Storage;

/// <summary>
/// One answered command as the log keeps it: what was asked and what the bot answered, never who asked
/// (<see cref="Asker"/> is at most a per-day salted hash, to count distinct askers).
/// </summary>
/// <param name="Token">Random id of this answer; feedback buttons carry it.</param>
/// <param name="Answer">The answer's message and its first snippet, cut short.</param>
/// <param name="CitedFiles">Knowledge files the answer cites, in order.</param>
public sealed record QuestionRecord(
    DateTimeOffset At,
    string Token,
    string FrontEnd,
    string Command,
    string Kind,
    string Outcome,
    string Answer,
    IReadOnlyList<string> CitedFiles,
    string? Asker)
{
    /// <summary>True when the bot found nothing to cite (or failed): knowledge a moderator may want to add.</summary>
    public bool Unanswered => Outcome is "NoResults" or "Failed";
}
