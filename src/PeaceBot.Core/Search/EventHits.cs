using PeaceBot.Core.Answers;

namespace PeaceBot.Core.Search;

/// <summary>The first events of a timeline in date order, and how many distinct events matched in all.</summary>
internal sealed record EventHits(IReadOnlyList<AnswerResult> Results, int Total);
