using System.Text.RegularExpressions;

namespace PeaceBot.Core.Extraction.Dates.Rules;

/// <summary>
/// A named month with its year: "April 2025", "late November 2025", "May of 2024"; and the first month of a pair
/// that shares the year written after the second ("in November and December 2025", "from March to May 2025").
/// </summary>
internal sealed partial class MonthYearRule : IDateRule
{
    private const string Modifier = @"(?:(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]+)?";

    [GeneratedRegex(@"\b" + Modifier + @"(?<m>" + MonthNames.Pattern + @")(?:\s+of)?,?\s+(?<y>" + DateParts.Year + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?<m>" + MonthNames.FullPattern + @")(?=\s*(?:(?i:and|or|to|through|until)\s+|[-–—]\s*)" + Modifier + MonthNames.FullPattern + @",?\s+(?<y>" + DateParts.Year + @")\b)", RegexOptions.CultureInvariant)]
    private static partial Regex FirstOfPair();

    public IEnumerable<DateMention> Find(string sentence, DateContext context)
    {
        foreach (var m in MonthYear().Matches(sentence).Concat(FirstOfPair().Matches(sentence)))
            if (DateParts.Make(DateParts.Int(m, "y"), MonthNames.Parse(m.Groups["m"].Value), null) is { } date)
                yield return new DateMention(new(m.Index, m.Length), date, false);
    }
}
