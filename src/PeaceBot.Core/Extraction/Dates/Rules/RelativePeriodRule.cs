using System.Text.RegularExpressions;
using PeaceBot.Core.Dates;

namespace PeaceBot.Core.Extraction.Dates.Rules;

/// <summary>
/// Periods counted from the publication date: "today", "yesterday", "over the weekend", "this/last/next week|month|year", "earlier this
/// month", "three weeks ago". A day-precise publication gives days; weeks keep to month precision (a week may
/// straddle two months, the month of its middle is named). Vague spans ("the coming weeks", "three weeks into his
/// presidency") are not matched: guessing would put the event in the wrong month.
/// </summary>
internal sealed partial class RelativePeriodRule : IDateRule
{
    [GeneratedRegex(@"\b(?:(?<mod>earlier|later)\s+)?(?<which>this|last|next)\s+(?<unit>week|weekend|month|year)\b|\b(?<word>yesterday|today|tonight|tomorrow|(?:over|during|at)\s+the\s+weekend)\b|\b(?<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?<unit>days?|weeks?|months?|years?)\s+ago\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    public IEnumerable<DateMention> Find(string sentence, DateContext context)
    {
        foreach (Match m in Relative().Matches(sentence))
            if (Resolve(m, context) is { } date)
                yield return new DateMention(new(m.Index, m.Length), date, true);
    }

    private static PartialDate? Resolve(Match m, DateContext context)
    {
        if (context.Published is not { } p) return null;
        var day = context.PublishedDay;
        if (m.Groups["word"].Success)
        {
            var word = m.Groups["word"].Value.ToLowerInvariant();
            // "Over the weekend" is the last one before publication: only its month is sure.
            if (word.EndsWith("weekend", StringComparison.Ordinal))
                return day is { } w ? DateParts.Month(w.AddDays(-(((int)w.DayOfWeek + 1) % 7))) : context.PublishedMonth();
            var shift = word switch { "yesterday" => -1, "tomorrow" => 1, _ => 0 };
            return day is { } d ? DateParts.Day(d.AddDays(shift)) : context.PublishedMonth();
        }
        var unit = m.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s');
        if (m.Groups["n"].Success)
        {
            if (DateParts.Number(m.Groups["n"].Value) is not { } n || n is < 1 or > 99) return null;
            return unit switch
            {
                "year" => DateParts.Make(p.Year - n, null, null),
                "month" => context.PublishedMonth(-n),
                "week" => day is { } d ? DateParts.Month(d.AddDays(-7 * n)) : context.PublishedMonth(n >= 4 ? -(n / 4) : 0),
                _ => day is { } d ? DateParts.Day(d.AddDays(-n)) : context.PublishedMonth(),
            };
        }
        var step = m.Groups["which"].Value.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 };
        return unit switch
        {
            "year" => DateParts.Make(p.Year + step, null, null),
            "month" => context.PublishedMonth(step),
            _ => day is { } d ? DateParts.Month(d.AddDays(7 * step)) : context.PublishedMonth(),
        };
    }
}
