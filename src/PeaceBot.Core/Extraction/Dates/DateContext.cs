using PeaceBot.Core.Dates;

namespace PeaceBot.Core.Extraction.Dates;

/// <summary>
/// What a date without its own year is resolved against: the publication date, and a year named earlier in the same
/// paragraph ("In 2024, … In March, …"). <see cref="Future"/> marks a sentence that looks ahead ("will", "next").
/// </summary>
internal sealed record DateContext(PartialDate? Published, int? ParagraphYear, bool Future)
{
    /// <summary>Months ahead of publication a forward-looking sentence may still mean ("talks resume in March").</summary>
    public const int FutureReach = 4;

    /// <summary>The year of a month named without one: the paragraph's year, else the latest such month up to the
    /// publication month; a sentence about the future may instead mean the next one, if it comes soon.</summary>
    public int? YearFor(int month)
    {
        if (ParagraphYear is { } y) return y;
        if (Published is not { } p) return null;
        if (p.Month is not { } pm) return p.Year;
        var ahead = (month - pm + 12) % 12;
        if (Future && ahead is > 0 and <= FutureReach) return month > pm ? p.Year : p.Year + 1;
        return month <= pm ? p.Year : p.Year - 1;
    }
}
