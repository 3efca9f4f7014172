using System.Text.RegularExpressions;

namespace PeaceBot.Core.Extraction.Dates.Rules;

/// <summary>
/// Seasons: "the fall of 2025" and "in the spring" stay at year precision (a season spans months); "late spring" or
/// "early fall 2025" name a month (late spring = May). Northern-hemisphere meteorological seasons; winter is
/// December–February and "the winter of 2025" is its January–February part.
/// </summary>
internal sealed partial class SeasonRule : IDateRule
{
    private const string Season = "(?<s>spring|summer|fall|autumn|winter)";
    private const string Mod = @"(?:(?<mod>early|mid|late)[\s-]*)?";

    [GeneratedRegex(@"\b(?<pre>(?:in|during|through|throughout)\s+)?(?<the>the\s+)?" + Mod + Season + @"(?<of>\s+of)?,?\s+(?<y>" + DateParts.Year + @")\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WithYear();

    // "the fall of Bakhmut" is not a season.
    [GeneratedRegex(@"\b(?<pre>in|during|this|last|next|early|late|mid|since|until|by)[\s-]+(?:the\s+)?" + Mod + Season + @"\b(?!\s+of\b)(?!,?\s+" + DateParts.Year + @")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WithoutYear();

    public IEnumerable<DateMention> Find(string sentence, DateContext context)
    {
        foreach (Match m in WithYear().Matches(sentence))
        {
            // "prices fall 2025" is a verb: a season with a bare year needs "in", "the", "of" or a modifier.
            if (!m.Groups["pre"].Success && !m.Groups["the"].Success && !m.Groups["of"].Success && !m.Groups["mod"].Success) continue;
            var year = DateParts.Int(m, "y");
            var season = m.Groups["s"].Value.ToLowerInvariant();
            var month = m.Groups["mod"].Success && season != "winter" ? MonthOf(season, m.Groups["mod"].Value) : (int?)null;
            if (DateParts.Make(year, month, null) is { } date)
                yield return new DateMention(new(m.Index, m.Length), date, false);
        }
        foreach (Match m in WithoutYear().Matches(sentence))
        {
            var season = m.Groups["s"].Value.ToLowerInvariant();
            var mod = m.Groups["mod"].Success ? m.Groups["mod"].Value : m.Groups["pre"].Value;
            var named = MonthOf(season, mod.ToLowerInvariant());
            var month = named ?? MonthOf(season, "mid")!.Value;
            var anchor = DateParts.Anchor(m.Groups["pre"].Value);
            var year = context.YearFor(month, anchor);
            if (DateParts.Make(year, named, null) is { } date)
                yield return new DateMention(new(m.Index, m.Length), date, true);
        }
    }

    /// <summary>The month an early/mid/late season names; null for other words.</summary>
    private static int? MonthOf(string season, string modifier)
    {
        var offset = modifier.ToLowerInvariant() switch { "early" => 0, "mid" => 1, "late" => 2, _ => -1 };
        if (offset < 0) return null;
        var first = season switch { "spring" => 3, "summer" => 6, "winter" => 12, _ => 9 };
        return (first - 1 + offset) % 12 + 1;
    }
}
