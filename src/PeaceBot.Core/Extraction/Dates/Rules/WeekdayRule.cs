using System.Text.RegularExpressions;
using PeaceBot.Core.Dates;

namespace PeaceBot.Core.Extraction.Dates.Rules;

/// <summary>
/// A weekday without a date: "on Friday", "last Monday", "next Tuesday", "said late Tuesday". With a day-precise publication it is the
/// most recent such day on or before it (the next one in a sentence about the future, or after "next"); otherwise
/// only the publication month is known. Needs a preposition, so "Good Friday" and "Black Friday" stay out.
/// </summary>
internal sealed partial class WeekdayRule : IDateRule
{
    [GeneratedRegex(@"\b(?<pre>(?i:on|last|this|next|since|until|by|from|late|early))\s+(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    public IEnumerable<DateMention> Find(string sentence, DateContext context)
    {
        foreach (Match m in Weekday().Matches(sentence))
            if (Resolve(m, context) is { } date)
                yield return new DateMention(new(m.Index, m.Length), date, true);
    }

    private static PartialDate? Resolve(Match m, DateContext context)
    {
        if (context.PublishedDay is not { } published) return context.PublishedMonth();
        var target = Enum.Parse<DayOfWeek>(m.Groups["wd"].Value);
        var back = ((int)published.DayOfWeek - (int)target + 7) % 7;
        var ahead = ((int)target - (int)published.DayOfWeek + 7) % 7;
        var offset = m.Groups["pre"].Value.ToLowerInvariant() switch
        {
            "last" => back == 0 ? -7 : -back,
            "next" => ahead == 0 ? 7 : ahead,
            _ when context.Future => ahead,
            _ => -back,
        };
        return DateParts.Day(published.AddDays(offset));
    }
}
