using PeaceBot.Core.Answers;
using PeaceBot.Core.Index;

namespace PeaceBot.Core.Handlers;

/// <summary>What a handler reads: one snapshot (held for the whole request) and the request itself.</summary>
internal sealed record CommandContext(KnowledgeSnapshot Snapshot, AnswerRequest Request)
{
    /// <summary>Results enough to fill the requested page and tell whether another follows.</summary>
    /// <summary>Today's date, for relative periods ("last week"); the engine sets it from its clock.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    public int Needed => (int)Math.Min(HandlerLimits.MaxResults, (long)Math.Max(1, Request.Page) * Math.Clamp(Request.PageSize, 1, Paging.MaxPageSize) + 1);
}
