using System.Text.RegularExpressions;
using PeaceBot.Core.Dates;

namespace PeaceBot.Core.Extraction.Dates.Rules;

/// <summary>
/// Offsets from the date the text last named: "three weeks earlier", "two days later", "the next day", "a month
/// before." A day-precise anchor gives days for day and week offsets; anything coarser keeps month precision.
/// "Before"/"after" count only when nothing follows them ("two days before the summit" is anchored elsewhere).
/// </summary>
internal sealed partial class OffsetFromPreviousRule : IDateRule
{
    [GeneratedRegex(@"\b(?<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?<unit>days?|weeks?|months?)\s+(?:(?<dir>earlier|later)\b|(?<dir>before|after)(?=\s*[,.;]))|\bthe\s+(?<dir>next|following|previous)\s+(?<unit>day|week|month)\b|\bthe\s+(?<unit>day)\s+(?<dir>before|after)(?=\s*[,.;])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Offset();

    public IEnumerable<DateMention> Find(string sentence, DateContext context)
    {
        if (context.Previous is not { Month: { } month } anchor) yield break;
        foreach (Match m in Offset().Matches(sentence))
        {
            var n = m.Groups["n"].Success ? DateParts.Number(m.Groups["n"].Value) : 1;
            if (n is not { } count || count is < 1 or > 60) continue;
            var back = m.Groups["dir"].Value.ToLowerInvariant() is "earlier" or "before" or "previous";
            var sign = back ? -1 : 1;
            var unit = m.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s');
            // A month-precise anchor is taken at its middle, so "a week later" stays in that month.
            var from = new DateTime(anchor.Year, month, anchor.Day ?? 15, 0, 0, 0, DateTimeKind.Unspecified);
            var to = unit switch
            {
                "day" => from.AddDays(sign * count),
                "week" => from.AddDays(sign * 7 * count),
                _ => from.AddMonths(sign * count),
            };
            PartialDate? date = anchor.Day is not null && unit != "month" ? DateParts.Day(to) : DateParts.Month(to);
            if (date is { } d) yield return new DateMention(new(m.Index, m.Length), d, true);
        }
    }
}
