using System.Text.RegularExpressions;
using PeaceBot.Core.Dates;

namespace PeaceBot.Core.Extraction.Dates.Rules;

/// <summary>
/// A weekday without a date: "on Friday", "last Monday", "next Tuesday", "said late Tuesday", and the bare AP style
/// ("said Saturday", "in the Oval Office Thursday", "Thursday's debate"). With a day-precise publication it is the most
/// recent such day on or before it; a sentence that looks ahead ("will", "until Friday", "has until", "deadline",
/// "this weekend") or "next" takes the next such day. Otherwise only the publication month is known. A capital letter
/// is required and holiday names ("Good Friday", "Black Friday", "Super Tuesday") stay out.
/// </summary>
internal sealed partial class WeekdayRule : IDateRule
{
    [GeneratedRegex(@"(?<!\b(?i:good|black|cyber|super|holy|maundy|ash|palm|easter|bloody)\s+)(?:\b(?<pre>(?i:on|last|this|next|since|until|till|by|from|late|early))\s+)?\b(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    // Looks ahead for a weekday even where the tense alone does not: "has until Friday", "descending on the capital this weekend".
    [GeneratedRegex(@"\b(?:until|till|this\s+weekend|deadline|ultimatum)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AheadMarker();

    public IEnumerable<DateMention> Find(string sentence, DateContext context)
    {
        var ahead = context.Future || AheadMarker().IsMatch(sentence);
        foreach (Match m in Weekday().Matches(sentence))
            if (Resolve(m, context, ahead) is { } date)
                yield return new DateMention(new(m.Index, m.Length), date, true);
    }

    private static PartialDate? Resolve(Match m, DateContext context, bool lookAhead)
    {
        if (context.PublishedDay is not { } published) return context.PublishedMonth();
        var target = Enum.Parse<DayOfWeek>(m.Groups["wd"].Value);
        var back = ((int)published.DayOfWeek - (int)target + 7) % 7;
        var ahead = ((int)target - (int)published.DayOfWeek + 7) % 7;
        var offset = m.Groups["pre"].Value.ToLowerInvariant() switch
        {
            "last" => back == 0 ? -7 : -back,
            "next" => ahead == 0 ? 7 : ahead,
            "since" => -back,
            "until" or "till" => ahead,
            _ when lookAhead => ahead,
            _ => -back,
        };
        return DateParts.Day(published.AddDays(offset));
    }
}
