using System.Globalization;
using System.Text.RegularExpressions;

namespace PeaceBot.Core.Handlers;

/// <summary>
/// The period a /timeline query names — a month ("august", "aug"), a month and year ("august 2025",
/// "2025-08", "08/2025"), or a year ("2025") — and the topic words left over.
/// </summary>
internal sealed partial record TimelinePeriod(int? Year, int? Month, string Topic)
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    public bool HasPeriod => Year is not null || Month is not null;

    public string Describe() => (Year, Month) switch
    {
        ({ } y, { } m) => $"{MonthNames[m - 1]} {y}",
        (null, { } m) => MonthNames[m - 1],
        ({ } y, null) => y.ToString(CultureInfo.InvariantCulture),
        _ => "",
    };

    public static TimelinePeriod Parse(string query)
    {
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
        var words = new List<string>();
        foreach (var raw in rest.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.Trim(',', '.', '?', '!', ';', ':').ToLowerInvariant();
            if (month is null && MonthOf(w) is { } m) { month = m; continue; }
            if (year is null && w.Length == 4 && int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100) { year = y; continue; }
            if (w is "in" or "of" or "during" or "events" or "what" or "happened") continue;
            words.Add(raw);
        }
        return new TimelinePeriod(year, month, string.Join(' ', words));
    }

    // Full names and three-letter abbreviations ("aug", "sept" too).
    private static int? MonthOf(string word)
    {
        if (word == "sept") return 9;
        for (var i = 0; i < 12; i++)
        {
            var name = MonthNames[i].ToLowerInvariant();
            if (word == name || word == name[..3]) return i + 1;
        }
        return null;
    }

    [GeneratedRegex(@"\b(?<y>(19|20)\d\d)[-/.](?<m>\d{1,2})\b|\b(?<m>\d{1,2})[-/.](?<y>(19|20)\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoMonth();
}
