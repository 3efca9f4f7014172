using System.Globalization;
using System.Text.RegularExpressions;
using PeaceBot.Core.Dates;

namespace PeaceBot.Core.Knowledge;

/// <summary>
/// A header for a plain <c>.txt</c> article saved without front matter (a page copied as text): the title is its
/// longest opening line that is not a sentence, the publication date the first date in its opening lines. Such a file is
/// served as an article; moderators are told to give it a proper header.
/// </summary>
public static partial class PlainTextHeader
{
    private const int LinesLooked = 12;

    public static FrontMatter Infer(string text, string relativePath)
    {
        string? title = null;
        PartialDate? published = null;
        var looked = 0;
        var titleWords = 0;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim().TrimStart('#').Trim();
            if (line.Length == 0) continue;
            if (++looked > LinesLooked) break;
            if (published is null && FindDate(line) is { } date) { published = date; continue; }
            // The headline: the longest opening line that is not a sentence (navigation lines are shorter).
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words >= 3 && line.Length <= 200 && line[^1] is not ('.' or '?' or '!' or ':') && !line.Contains(". ", StringComparison.Ordinal)
                && words > titleWords)
            {
                title = line;
                titleWords = words;
            }
        }
        title ??= Path.GetFileNameWithoutExtension(relativePath).Replace('-', ' ');
        return new FrontMatter(title, KnowledgeKind.Article) { Published = published };
    }

    public static PartialDate? FindDate(string line)
    {
        var m = MonthFirst().Match(line);
        if (m.Success && Month(m.Groups["m"].Value) is { } mm && Day(m, mm) is { } d1) return d1;
        m = DayFirst().Match(line);
        if (m.Success && Month(m.Groups["m"].Value) is { } mm2 && Day(m, mm2) is { } d2) return d2;
        m = Iso().Match(line);
        if (m.Success && PartialDate.TryParse(m.Value, out var iso)) return iso;
        return null;
    }

    private static PartialDate? Day(Match m, int month)
    {
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        return day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new PartialDate(year, month, day) : null;
    }

    private static int? Month(string name)
    {
        var names = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        var lower = name.TrimEnd('.').ToLowerInvariant();
        for (var i = 0; i < 12; i++)
            if (names[i].ToLowerInvariant().StartsWith(lower, StringComparison.Ordinal) && lower.Length >= 3) return i + 1;
        return null;
    }

    [GeneratedRegex(@"\b(?<m>[A-Z][a-z]{2,8}\.?)\s+(?<d>\d{1,2}),?\s+(?<y>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?<d>\d{1,2})\s+(?<m>[A-Z][a-z]{2,8}\.?)\s+(?<y>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"\b(?:19|20)\d\d-\d\d-\d\d(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();
}
