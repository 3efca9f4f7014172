using PeaceBot.Core.Answers;

namespace PeaceBot.Core.Search;

/// <summary>An article sentence that names a point, and the plan size its paragraph or file names (0: none).</summary>
internal sealed record PlanMentionHit(AnswerResult Result, int PlanSize);
