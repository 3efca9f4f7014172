using System.Globalization;
using System.Text.RegularExpressions;
using PeaceBot.Core.Dates;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Dates;

/// <summary>
/// Finds the date expressions of a text and resolves each to a <see cref="PartialDate"/>: explicit dates keep their
/// own year, a month or day without one takes the paragraph's year or the publication's, and relative words
/// ("this week", "last month", "yesterday", "on Friday") count from the publication date. Headings have no dates.
/// </summary>
public static partial class DateExtractor
{
    private const string Modifier = @"(?:(?<mod>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]+)?";
    private const string Weekday = @"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\.?,?\s+)?";

    [GeneratedRegex(@"\b(?<iso>(?<y>(?:19|20)\d\d)-(?<mo>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01]))(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b" + Weekday + @"(?<m>" + MonthNames.Pattern + @")\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|-point|point))(?:,?\s+(?<y>(?:19|20)\d\d)\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b" + Weekday + @"(?<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>" + MonthNames.Pattern + @")(?:,?\s+(?<y>(?:19|20)\d\d)\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b" + Modifier + @"(?<m>" + MonthNames.Pattern + @")(?:\s+of)?,?\s+(?<y>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    // A month alone: after a preposition or modifier, or capitalised mid-sentence (May only after a preposition: it is also a verb).
    [GeneratedRegex(@"\b(?:(?<prep>in|since|during|by|until|till|through|throughout|from|to|of|on|last|next|this|early|mid|late|before|after|between|and)[\s-]+(?:the\s+)?(?:(?:early|mid|late|end\s+of|beginning\s+of|start\s+of|middle\s+of)[\s-]+)?)?(?<m>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+(?:[0-3]?\d\b|of\s+(?:19|20)\d\d|(?:19|20)\d\d))", RegexOptions.CultureInvariant)]
    private static partial Regex BareMonth();

    [GeneratedRegex(@"\b(?:the\s+)?(?:(?:early|late)\s+)?(?<s>spring|summer|fall|autumn|winter)\s+of\s+(?<y>(?:19|20)\d\d)\b|\b(?:in|during|since|by|until|of|early|late|mid-?|the\s+first\s+half\s+of|the\s+second\s+half\s+of|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of)\s+(?<y>(?:19|20)\d\d)\b(?![-–]\d|\s*%)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"\b(?<rel>this\s+week|last\s+week|next\s+week|earlier\s+this\s+week|later\s+this\s+week|this\s+month|last\s+month|next\s+month|earlier\s+this\s+month|this\s+year|last\s+year|next\s+year|earlier\s+this\s+year|yesterday|today|tonight|on\s+(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?<n>\d{1,2}|one|two|three|four|five|six|seven|ten)\s+(?<unit>days?|weeks?|months?)\s+ago)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    [GeneratedRegex(@"\b(?:will|would|shall|next|upcoming|scheduled|expected\s+to|plans?\s+to|planned|due\s+to|is\s+set\s+to|are\s+set\s+to|aims?\s+to|deadline)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FutureMarker();

    // What speakers say in quotes ("Ukraine will not get …") does not make the narration future.
    [GeneratedRegex(@"[""“][^""“”]*[""”]", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex AnyYear();

    public static IReadOnlyList<DateMention> Find(SegmentedText text, PartialDate? published)
    {
        var mentions = new List<DateMention>();
        foreach (var paragraph in text.Paragraphs)
        {
            if (paragraph.IsHeading) continue;
            int? paragraphYear = null;
            foreach (var sentence in text.SentencesOf(paragraph))
            {
                var s = text.Slice(sentence.Range);
                var context = new DateContext(published, paragraphYear, FutureMarker().IsMatch(Quoted().Replace(s, " ")));
                var found = InSentence(s, context);
                foreach (var m in found)
                    mentions.Add(m with { Range = new TextRange(sentence.Range.Start + m.Range.Start, m.Range.Length) });
                // A year written out in the text carries over to the paragraph's later months.
                var explicitYear = found.Where(m => !m.IsRelative).Select(m => (int?)m.Date.Year).LastOrDefault();
                if (explicitYear is not null) paragraphYear = explicitYear;
            }
        }
        return mentions;
    }

    /// <summary>Mentions within one sentence, offsets relative to it; where two overlap, the earlier and longer wins.</summary>
    internal static List<DateMention> InSentence(string s, DateContext context)
    {
        var found = new List<DateMention>();
        var taken = new bool[s.Length];

        void Add(Match m, PartialDate? date, bool relative)
        {
            if (date is null) return;
            for (var i = m.Index; i < m.Index + m.Length; i++) if (taken[i]) return;
            for (var i = m.Index; i < m.Index + m.Length; i++) taken[i] = true;
            found.Add(new DateMention(new TextRange(m.Index, m.Length), date.Value, relative));
        }

        foreach (Match m in IsoDate().Matches(s))
            Add(m, Make(Int(m, "y"), Int(m, "mo"), Int(m, "d")), false);
        foreach (Match m in MonthDay().Matches(s))
            Add(m, DayDate(m, context, out var rel), rel);
        foreach (Match m in DayMonth().Matches(s))
            Add(m, DayDate(m, context, out var rel), rel);
        foreach (Match m in MonthYear().Matches(s))
            Add(m, Make(Int(m, "y"), MonthNames.Parse(m.Groups["m"].Value), null), false);
        foreach (Match m in BareMonth().Matches(s))
        {
            var month = MonthNames.Parse(m.Groups["m"].Value)!.Value;
            if (month == 5 && !m.Groups["prep"].Success) continue;
            var ctx = m.Groups["prep"].Value.Equals("next", StringComparison.OrdinalIgnoreCase) ? context with { Future = true, ParagraphYear = null } : context;
            Add(m, Make(ctx.YearFor(month), month, null), true);
        }
        foreach (Match m in YearOnly().Matches(s))
            Add(m, Make(Int(m, "y"), null, null), false);
        foreach (Match m in Relative().Matches(s))
            Add(m, RelativeDate(m, context.Published), true);

        found.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        return found;
    }

    private static PartialDate? DayDate(Match m, DateContext context, out bool relative)
    {
        relative = false;
        var month = MonthNames.Parse(m.Groups["m"].Value);
        var day = Int(m, "d");
        if (month is null || day is null) return null;
        // "May 5" is a date, but "may 5" or a bare "Mar 3" in other senses is too rare to worry about.
        if (m.Groups["m"].Value == "May" && day > 31) return null;
        var year = Int(m, "y");
        if (year is null)
        {
            relative = true;
            year = context.YearFor(month.Value);
        }
        return Make(year, month, day);
    }

    private static PartialDate? RelativeDate(Match m, PartialDate? published)
    {
        if (published is not { } p) return null;
        var rel = Regex.Replace(m.Groups["rel"].Value.ToLowerInvariant(), @"\s+", " ");
        var hasDay = p.Day is not null;
        var day = hasDay ? new DateTime(p.Year, p.Month!.Value, p.Day!.Value) : (DateTime?)null;
        PartialDate MonthOf(DateTime d) => new(d.Year, d.Month);
        PartialDate DayOf(DateTime d) => new(d.Year, d.Month, d.Day);
        PartialDate? ShiftMonths(int months) =>
            p.Month is { } pm ? MonthOf(new DateTime(p.Year, pm, 1).AddMonths(months)) : null;

        if (rel.StartsWith("on ", StringComparison.Ordinal))
        {
            if (day is not { } d) return p.Month is null ? null : new PartialDate(p.Year, p.Month);
            var target = Enum.Parse<DayOfWeek>(m.Groups["wd"].Value, ignoreCase: true);
            var back = ((int)d.DayOfWeek - (int)target + 7) % 7;
            return DayOf(d.AddDays(-back));
        }
        if (m.Groups["unit"].Success)
        {
            var n = Number(m.Groups["n"].Value);
            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            if (unit.StartsWith("month", StringComparison.Ordinal)) return ShiftMonths(-n);
            if (day is not { } d) return p.Month is null ? null : new PartialDate(p.Year, p.Month);
            return DayOf(d.AddDays(-(unit.StartsWith("week", StringComparison.Ordinal) ? 7 * n : n)));
        }
        return rel switch
        {
            "yesterday" => day is { } d ? DayOf(d.AddDays(-1)) : ShiftMonths(0),
            "today" or "tonight" => day is { } d ? DayOf(d) : ShiftMonths(0),
            "last week" => day is { } d ? MonthOf(d.AddDays(-7)) : ShiftMonths(0),
            "next week" => day is { } d ? MonthOf(d.AddDays(7)) : ShiftMonths(0),
            "this week" or "earlier this week" or "later this week" => day is { } d ? MonthOf(d) : ShiftMonths(0),
            "this month" or "earlier this month" => ShiftMonths(0),
            "last month" => ShiftMonths(-1),
            "next month" => ShiftMonths(1),
            "this year" or "earlier this year" => new PartialDate(p.Year),
            "last year" => new PartialDate(p.Year - 1),
            "next year" => new PartialDate(p.Year + 1),
            _ => null,
        };
    }

    private static int Number(string word) => word.ToLowerInvariant() switch
    {
        "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "ten" => 10,
        var digits => int.Parse(digits, CultureInfo.InvariantCulture),
    };

    private static int? Int(Match m, string group) =>
        m.Groups[group].Success && int.TryParse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static PartialDate? Make(int? year, int? month, int? day)
    {
        if (year is not { } y || y is < 1900 or > 2100) return null;
        if (month is < 1 or > 12) return null;
        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(y, month.Value))) return null;
        return new PartialDate(y, month, day);
    }

    internal static bool HasYear(string s) => AnyYear().IsMatch(s);
}
