namespace PeaceBot.Core.Index;

/// <summary>What one knowledge file contributes to the serving snapshot.</summary>
/// <param name="Quotes">Quotes with a speaker (unattributed ones are not counted).</param>
public sealed record FileCensus(string File, string Title, string? Published, int Passages, int Quotes, int Events, int PlanPoints);
