namespace PeaceBot.Core.Answers;

/// <summary>
/// A platform-neutral answer: a message for the reader and the results, best first.
/// Front ends render it; they never add or re-type snippet text.
/// </summary>
public sealed record Answer(AnswerKind Kind, string Message, IReadOnlyList<AnswerResult> Results)
{
    /// <summary>1-based page of results this answer shows.</summary>
    public int Page { get; init; } = 1;

    /// <summary>True when a further page exists; front ends offer a "More" control.</summary>
    public bool HasMore { get; init; }

    /// <summary>How many pages the answer has, when every result was counted; null when more follow than were counted.</summary>
    public int? PageCount { get; init; }

    /// <summary>The canonical command text that produced this answer; with <see cref="Page"/>+1 it fetches the next page.</summary>
    public string CommandText { get; init; } = "";

    /// <summary>How the request ended, for logs and metrics.</summary>
    public AnswerOutcome Outcome { get; init; } = AnswerOutcome.Answered;

    public static Answer Error(string message, string commandText = "") =>
        new(AnswerKind.Error, message, []) { CommandText = commandText, Outcome = AnswerOutcome.BadRequest };
}
