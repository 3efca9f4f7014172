using System.Globalization;
using System.Text.RegularExpressions;
using PeaceBot.Core.Dates;
using PeaceBot.Core.Extraction.Dates;
using PeaceBot.Core.Search;

namespace PeaceBot.Core.Handlers;

/// <summary>
/// The period a /timeline query names — a month ("august", "aug"), a month and year ("august 2025", "2025-08",
/// "08/2025"), a year ("2025"), a day ("2025-11-20", "20 November 2025", "nov 20"), or a span counted back from
/// today ("yesterday", "this week", "last week", "this month", "last month", "this year", "last year") — and the
/// topic words left over. A day or span is <see cref="From"/>..<see cref="To"/>; only day-precise events fall in it.
/// </summary>
internal sealed partial record TimelinePeriod(int? Year, int? Month, string Topic)
{
    /// <summary>First day of a day-precise period (a day, a week, "yesterday"), or null for a month or year.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day of a day-precise period, inclusive.</summary>
    public DateOnly? To { get; init; }

    /// <summary>How a relative period was written ("last week"), shown with its dates.</summary>
    public string? Relative { get; init; }

    public bool HasPeriod => Year is not null || Month is not null || From is not null;

    public bool HasDays => From is not null;

    /// <summary>
    /// The period as answers name it: "November 2025", "November 20" (a day in any year), "20 November 2025",
    /// "last week (17 November 2025 to 23 November 2025)".
    /// </summary>
    public string Describe()
    {
        if (DayOfMonth is { } dom && Month is { } mo && From is null)
            return Year is { } yr ? $"{dom} {MonthNames.Name(mo)} {yr}" : $"{MonthNames.Name(mo)} {dom}";
        if (From is { } from && To is { } to)
        {
            var span = from == to ? Day(from) : $"{Day(from)} to {Day(to)}";
            return Relative is { } r ? $"{r} ({span})" : span;
        }
        if (Relative is { } rel) return $"{rel} ({Plain()})";
        return Plain();
    }

    /// <summary>The /ask question for the same period: "what happened on 20 November 2025", "… in August 2025", "… last week".</summary>
    public string Question() =>
        Relative is { } r ? $"what happened {r}"
        : DayOfMonth is not null || (From is { } f && f == To) ? $"what happened on {Describe()}"
        : $"what happened in {Describe()}";

    private string Plain() => (Year, Month) switch
    {
        ({ } y, { } m) => $"{MonthNames.Name(m)} {y}",
        (null, { } m) => MonthNames.Name(m),
        ({ } y, null) => y.ToString(CultureInfo.InvariantCulture),
        _ => "",
    };

    private static string Day(DateOnly d) => string.Create(CultureInfo.InvariantCulture, $"{d.Day} {MonthNames.Name(d.Month)} {d.Year}");

    /// <summary>What the index is asked for: the months (or month of year, or year) to search and the exact date test.</summary>
    public EventFilter ToFilter() =>
        new(Months().ToList(), HasDays ? null : Month, HasDays ? null : Year, d => Contains(d) && MatchesDayOfMonth(d));

    /// <summary>Whether a day-precise event date falls in a day-precise period.</summary>
    public bool Contains(PartialDate date)
    {
        if (From is not { } from || To is not { } to) return true;
        if (date is not { Day: { } d, Month: { } m }) return false;
        var day = new DateOnly(date.Year, m, d);
        return day >= from && day <= to;
    }

    /// <summary>The months a day-precise period touches, for the index filter.</summary>
    public IEnumerable<(int Year, int Month)> Months()
    {
        if (From is not { } from || To is not { } to) yield break;
        for (var m = new DateOnly(from.Year, from.Month, 1); m <= to; m = m.AddMonths(1)) yield return (m.Year, m.Month);
    }

    public static TimelinePeriod Parse(string query) => Parse(query, null);

    /// <param name="today">Today's date for relative periods; without it "last week" stays topic words.</param>
    public static TimelinePeriod Parse(string query, DateOnly? today)
    {
        if (today is { } t && RelativeSpan().Match(query) is { Success: true } rel && Resolve(rel, t) is { } relative)
            return relative with { Topic = Words(query.Remove(rel.Index, rel.Length), out _, out _, out _) };

        if (IsoDay().Match(query) is { Success: true } iso && ValidDay(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value) is { } isoDay)
            return OnDay(isoDay, Words(query.Remove(iso.Index, iso.Length), out _, out _, out _));

        int? year = null, month = null;
        var rest = IsoMonth().Replace(query, m =>
        {
            if (year is not null) return m.Value;
            var mm = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (mm is < 1 or > 12) return m.Value;
            year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            month = mm;
            return " ";
        });
        var topic = Words(rest, out var wordMonth, out var wordYear, out var day);
        month ??= wordMonth;
        year ??= wordYear;
        if (month is { } mo && day is { } dd)
        {
            if (year is { } yy)
                return DateOnly.TryParseExact($"{yy:D4}-{mo:D2}-{dd:D2}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact)
                    ? OnDay(exact, topic)
                    : new TimelinePeriod(yy, mo, topic);
            // "nov 20" without a year: that day in any year, filtered after the month-of-year term.
            return new TimelinePeriod(null, mo, topic) { DayOfMonth = dd };
        }
        return new TimelinePeriod(year, month, topic);
    }

    /// <summary>A day of the month without a year ("nov 20").</summary>
    public int? DayOfMonth { get; init; }

    /// <summary>Whether an event date matches the day of month a yearless day query names.</summary>
    public bool MatchesDayOfMonth(PartialDate date) => DayOfMonth is not { } d || date.Day == d;

    private static TimelinePeriod OnDay(DateOnly day, string topic) =>
        new(day.Year, day.Month, topic) { From = day, To = day };

    private static TimelinePeriod? Resolve(Match m, DateOnly today)
    {
        var which = m.Groups["which"].Value.ToLowerInvariant();
        var label = m.Value.Trim().ToLowerInvariant();
        if (which is "today" or "yesterday")
        {
            var d = which == "today" ? today : today.AddDays(-1);
            return OnDay(d, "") with { Relative = label };
        }
        var step = which == "last" ? -1 : 0;
        switch (m.Groups["unit"].Value.ToLowerInvariant())
        {
            case "week":
                // Weeks run Monday to Sunday; "this week" ends today.
                var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7)).AddDays(7 * step);
                var end = step == 0 ? today : monday.AddDays(6);
                return new TimelinePeriod(null, null, "") { From = monday, To = end, Relative = label };
            case "month":
                var first = new DateOnly(today.Year, today.Month, 1).AddMonths(step);
                return new TimelinePeriod(first.Year, first.Month, "") { Relative = label };
            default:
                return new TimelinePeriod(today.Year + step, null, "") { Relative = label };
        }
    }

    private static DateOnly? ValidDay(string y, string m, string d) =>
        DateOnly.TryParseExact($"{y}-{m.PadLeft(2, '0')}-{d.PadLeft(2, '0')}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static string Words(string rest, out int? month, out int? year, out int? day)
    {
        (month, year, day) = (null, null, null);
        var raw = rest.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var words = new List<string>();
        var used = new bool[raw.Length];
        var clean = raw.Select(w => w.Trim(',', '.', '?', '!', ';', ':').ToLowerInvariant()).ToArray();
        for (var i = 0; i < raw.Length; i++)
        {
            var w = clean[i];
            if (month is null && MonthNames.Parse(w) is { } m)
            {
                month = m;
                used[i] = true;
                // "20 November", "November 20", "nov 20th".
                foreach (var j in new[] { i - 1, i + 1 })
                    if (day is null && j >= 0 && j < raw.Length && !used[j] && DayNumber(clean[j]) is { } d) { day = d; used[j] = true; }
                continue;
            }
        }
        for (var i = 0; i < raw.Length; i++)
        {
            if (used[i]) continue;
            var w = clean[i];
            if (year is null && w.Length == 4 && int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100) { year = y; continue; }
            if (w is "in" or "of" or "on" or "during" or "events" or "what" or "happened") continue;
            words.Add(raw[i]);
        }
        return string.Join(' ', words);
    }

    private static int? DayNumber(string word)
    {
        var digits = word.EndsWith("st") || word.EndsWith("nd") || word.EndsWith("rd") || word.EndsWith("th") ? word[..^2] : word;
        return digits.Length is 1 or 2 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31 ? d : null;
    }


    [GeneratedRegex(@"\b(?<which>this|last)\s+(?<unit>week|month|year)\b|\b(?<which>today|yesterday)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeSpan();

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d\d)-(?<m>\d{1,2})-(?<d>\d{1,2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDay();

    [GeneratedRegex(@"\b(?<y>(19|20)\d\d)[-/.](?<m>\d{1,2})\b|\b(?<m>\d{1,2})[-/.](?<y>(19|20)\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoMonth();
}
