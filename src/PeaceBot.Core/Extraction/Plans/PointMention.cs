using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Plans;

/// <summary>
/// A passage of prose that discusses point <see cref="Number"/> of a plan ("the 27th article of the plan", "point 7").
/// <see cref="PlanSize"/> is the nearest "N-point" the text names (which plan it means), null when none.
/// </summary>
public sealed record PointMention(TextRange Range, int Number, int? PlanSize);
