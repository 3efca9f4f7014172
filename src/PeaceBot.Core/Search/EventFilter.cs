using PeaceBot.Core.Dates;

namespace PeaceBot.Core.Search;

/// <summary>
/// Which events a timeline asks for: the index terms that narrow the search (any of <see cref="Months"/> as
/// "2025-08", else <see cref="MonthOfYear"/> in any year, else <see cref="Year"/>; none of them: every event) and
/// the exact test each event's date must then pass (a day, a span of days, a day of the month).
/// </summary>
internal sealed record EventFilter(IReadOnlyList<(int Year, int Month)> Months, int? MonthOfYear, int? Year, Func<PartialDate, bool> Keep)
{
    public static EventFilter Everything { get; } = new([], null, null, _ => true);
}
