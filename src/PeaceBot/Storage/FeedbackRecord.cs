namespace PeaceBot.Storage;

/// <summary>A 👍 or 👎 on one answer, with what that answer was; never who voted (a per-day salted hash at most).</summary>
public sealed record FeedbackRecord(DateTimeOffset At, bool Helpful, QuestionRecord Question, string FrontEnd, string? Voter);
