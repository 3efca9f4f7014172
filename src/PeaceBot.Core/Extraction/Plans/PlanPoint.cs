using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Plans;

/// <summary>Point <see cref="Number"/> of a plan file: <see cref="Range"/> covers its text and sub-items.</summary>
public sealed record PlanPoint(int Number, TextRange Range, int Line);
