using System.Globalization;
using PeaceBot.Core.Extraction.Dates;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Handlers;

/// <summary>
/// What an empty /timeline says next: the month a misspelt word probably meant, the months that do have events
/// (nearest to the one asked first) and /ask for the same words.
/// </summary>
internal static class TimelineHint
{
    public const int MaxMonths = 4;

    public static string For(TimelinePeriod period, IReadOnlyList<string> months)
    {
        var parts = new List<string>();
        if (period.Month is null && Misspelt(period) is { } fixedQuery)
            return $"Did you mean /timeline {fixedQuery}?";
        if (period.HasPeriod && months.Count > 0)
        {
            var nearest = Nearest(period, months).Take(MaxMonths).ToList();
            parts.Add($"Months with events, nearest first: {string.Join(", ", nearest.Select(Label))}.");
            parts.Add($"Try /timeline {Label(nearest[0]).ToLowerInvariant()}, or /ask {AskText(period)}.");
            return string.Join(' ', parts);
        }
        parts.Add($"Try /ask {AskText(period)}.");
        return string.Join(' ', parts);
    }

    // The topic with its one misspelt month name put right, or null when no word is close to a month.
    private static string? Misspelt(TimelinePeriod period)
    {
        var words = period.Topic.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Length < 4 || NearestName.Find(words[i], MonthNames.Display) is not { } month) continue;
            words[i] = month.ToLowerInvariant();
            var text = string.Join(' ', words);
            return period.Year is { } y ? $"{text} {y.ToString(CultureInfo.InvariantCulture)}" : text;
        }
        return null;
    }

    private static IEnumerable<string> Nearest(TimelinePeriod period, IReadOnlyList<string> months)
    {
        var parsed = months.Select(m => (Value: m, Ok: DateTime.TryParseExact(m, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d), Date: d))
            .Where(m => m.Ok).ToList();
        return parsed
            .OrderBy(m => Gap(period, m.Date))
            .ThenByDescending(m => m.Date)
            .Select(m => m.Value);
    }

    // Months between the period asked and a month with events; a month without a year counts round the calendar.
    private static int Gap(TimelinePeriod period, DateTime month) => (period.Year, period.Month) switch
    {
        ({ } y, { } m) => Math.Abs((month.Year - y) * 12 + month.Month - m),
        (null, { } m) => Math.Min(Math.Abs(month.Month - m), 12 - Math.Abs(month.Month - m)),
        ({ } y, null) => month.Year < y ? (y - month.Year) * 12 - month.Month + 1 : month.Year > y ? (month.Year - y) * 12 + month.Month - 12 : 0,
        _ => 0,
    };

    private static string Label(string month) =>
        DateTime.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? string.Create(CultureInfo.InvariantCulture, $"{MonthNames.Name(d.Month)} {d.Year}")
            : month;

    private static string AskText(TimelinePeriod period) =>
        period.Topic.Length > 0 ? period.Topic : period.Question();
}
