using PeaceBot.Core.Dates;

namespace PeaceBot.Core.Extraction.Dates;

/// <summary>
/// What a date without its own year is resolved against: the publication date, and a year named earlier in the same
/// paragraph ("In 2024, … In March, …"). <see cref="Future"/> marks a sentence that looks ahead ("will", "next").
/// </summary>
internal sealed record DateContext(PartialDate? Published, int? ParagraphYear, bool Future)
{
    /// <summary>The last date the text named before this sentence, for "three weeks earlier", "the next day".</summary>
    public PartialDate? Previous { get; init; }

    /// <summary>Months ahead of publication a forward-looking sentence may still mean ("talks resume in March").</summary>
    public const int FutureReach = 4;

    /// <summary>
    /// The year of a month named without one. <see cref="MonthAnchor.Nearest"/>: the paragraph's year, else the latest
    /// such month up to the publication month, or the next one soon after it in a sentence about the future.
    /// "last"/"next"/"this" November count strictly from the publication month.
    /// </summary>
    public int? YearFor(int month, MonthAnchor anchor = MonthAnchor.Nearest)
    {
        if (anchor == MonthAnchor.Nearest && ParagraphYear is { } y) return y;
        if (Published is not { } p) return null;
        if (anchor == MonthAnchor.This) return p.Year;
        if (p.Month is not { } pm)
            return anchor switch { MonthAnchor.Last => p.Year - 1, MonthAnchor.Next => p.Year + 1, _ => p.Year };
        return anchor switch
        {
            MonthAnchor.Last => month < pm ? p.Year : p.Year - 1,
            MonthAnchor.Next => month > pm ? p.Year : p.Year + 1,
            _ when Future && (month - pm + 12) % 12 is > 0 and <= FutureReach => month > pm ? p.Year : p.Year + 1,
            _ => month <= pm ? p.Year : p.Year - 1,
        };
    }

    /// <summary>The publication day, when the publication date is day-precise.</summary>
    public DateTime? PublishedDay =>
        Published is { Day: { } d, Month: { } m } p ? new DateTime(p.Year, m, d, 0, 0, 0, DateTimeKind.Unspecified) : null;

    /// <summary>The publication month shifted by <paramref name="months"/>, when the publication date has a month.</summary>
    public PartialDate? PublishedMonth(int months = 0)
    {
        if (Published is not { Month: { } m } p) return null;
        var shifted = new DateTime(p.Year, m, 1, 0, 0, 0, DateTimeKind.Unspecified).AddMonths(months);
        return DateParts.Make(shifted.Year, shifted.Month, null);
    }
}
