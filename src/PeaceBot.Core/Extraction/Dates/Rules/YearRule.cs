using System.Text.RegularExpressions;

namespace PeaceBot.Core.Extraction.Dates.Rules;

/// <summary>
/// A year alone, at year precision, only where it dates something: "in 2024", "during 2023", "in early 2025", "the
/// first half of 2025", "the end of 2025". "since 2022", "the 2022 invasion", "pre-2014", "by 2030" and "since the first half of 2025" are left out:
/// they bound or describe, they do not date the sentence's event.
/// </summary>
internal sealed partial class YearRule : IDateRule
{
    [GeneratedRegex(@"(?<!\b(?:since|until|till|by|before)\s+)\b(?:in|during|throughout|early|late|mid-?|the\s+(?:first|second|latter)\s+half\s+of|the\s+(?:end|start|beginning|middle|spring|summer|autumn|fall|winter)\s+of)\s+(?:(?:early|mid|late)[\s-]+)?(?<y>" + DateParts.Year + @")\b(?![-–/]\d|\s*(?:%|percent)|[’']s\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Year();

    public IEnumerable<DateMention> Find(string sentence, DateContext context)
    {
        foreach (Match m in Year().Matches(sentence))
            if (DateParts.Make(DateParts.Int(m, "y"), null, null) is { } date)
                yield return new DateMention(new(m.Index, m.Length), date, false);
    }
}
