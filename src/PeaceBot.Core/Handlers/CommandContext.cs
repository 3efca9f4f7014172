using PeaceBot.Core.Answers;
using PeaceBot.Core.Index;

namespace PeaceBot.Core.Handlers;

/// <summary>What a handler reads: one snapshot (held for the whole request) and the request itself.</summary>
internal sealed record CommandContext(KnowledgeSnapshot Snapshot, AnswerRequest Request)
{
    /// <summary>Today's date, for relative periods ("last week"); the engine sets it from its clock.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>
    /// Results enough to fill the requested page (and the <see cref="Paging.PagesAhead"/> after it) and tell whether
    /// another follows; fewer found means every result was, so the page count is known (<see cref="Paging.Apply"/>).
    /// </summary>
    public int Needed => Paging.Needed(Request.Page, Request.PageSize);
}
