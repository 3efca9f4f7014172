namespace PeaceBot.Core.Index;

internal sealed record SnapshotCounts(int Files, int Passages, int Quotes, int Events, int Plans, int PlanPoints);
