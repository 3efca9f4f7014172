using System.Text.RegularExpressions;
using PeaceBot.Core.Dates;

namespace PeaceBot.Core.Extraction.Dates.Rules;

/// <summary>
/// A day of a named month, either order, with an optional weekday and year: "Friday, Aug. 15", "March 12, 2025",
/// "August 15th", "2 October 2025", "the 3rd of May". Without a year it takes the paragraph's or the publication's.
/// </summary>
internal sealed partial class MonthDayRule : IDateRule
{
    private const string Weekday = @"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\.?,?\s+)?";
    private const string Ordinal = @"(?:st|nd|rd|th)?";

    // "March 30 percent", "May 28-point" and times ("May 5:30") are not days.
    [GeneratedRegex(@"\b" + Weekday + @"(?<m>" + MonthNames.Pattern + @")\s+(?<d>[0-3]?\d)" + Ordinal + @"\b(?![.:]\d|\s*(?:%|percent|-point|point))(?:,?\s+(?<y>" + DateParts.Year + @")\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b" + Weekday + @"(?:the\s+)?(?<![\d.,])(?<d>[0-3]?\d)" + Ordinal + @"\s+(?:of\s+)?(?<m>" + MonthNames.Pattern + @")(?!\w)(?:,?\s+(?<y>" + DateParts.Year + @")\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    public IEnumerable<DateMention> Find(string sentence, DateContext context)
    {
        foreach (var m in MonthFirst().Matches(sentence).Concat(DayFirst().Matches(sentence)))
            if (Resolve(m, context, out var relative) is { } date)
                yield return new DateMention(new(m.Index, m.Length), date, relative);
    }

    private static PartialDate? Resolve(Match m, DateContext context, out bool relative)
    {
        relative = false;
        var month = MonthNames.Parse(m.Groups["m"].Value);
        var day = DateParts.Int(m, "d");
        if (month is null || day is null) return null;
        var year = DateParts.Int(m, "y");
        if (year is null)
        {
            relative = true;
            year = context.YearFor(month.Value);
        }
        return DateParts.Make(year, month, day);
    }
}
