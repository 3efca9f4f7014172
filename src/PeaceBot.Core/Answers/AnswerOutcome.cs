namespace PeaceBot.Core.Answers;

public enum AnswerOutcome
{
    /// <summary>Results were found and returned.</summary>
    Answered,
    /// <summary>A valid command with nothing relevant enough to cite.</summary>
    NoResults,
    /// <summary>Unknown command, bad arguments: the message explains the usage.</summary>
    BadRequest,
    /// <summary>The caller may not run this command (moderator-only).</summary>
    Refused,
    /// <summary>Something failed inside; the message says so without details.</summary>
    Failed,
}
