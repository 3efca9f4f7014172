using PeaceBot.Core.Answers;
using PeaceBot.Core.Index;

namespace PeaceBot.Core.Handlers;

/// <summary>What a handler reads: one snapshot (held for the whole request) and the request itself.</summary>
internal sealed record CommandContext(KnowledgeSnapshot Snapshot, AnswerRequest Request);
