using System.Text.RegularExpressions;

namespace PeaceBot.Core.Extraction.Dates.Rules;

/// <summary>
/// All-digit dates: ISO "2025-08-15" and European "15.08.2025". Dotted dates need a two-digit month and nothing
/// dotted or numeric around them, so version numbers ("1.2.2025.4") and decimals stay out.
/// </summary>
internal sealed partial class NumericDateRule : IDateRule
{
    [GeneratedRegex(@"(?<![\d-])(?<y>" + DateParts.Year + @")-(?<mo>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])(?![\d-])", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?<![\d.])(?<d>0?[1-9]|[12]\d|3[01])\.(?<mo>0[1-9]|1[0-2])\.(?<y>" + DateParts.Year + @")(?!\d|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Dotted();

    public IEnumerable<DateMention> Find(string sentence, DateContext context)
    {
        foreach (var m in Iso().Matches(sentence).Concat(Dotted().Matches(sentence)))
            if (DateParts.Make(DateParts.Int(m, "y"), DateParts.Int(m, "mo"), DateParts.Int(m, "d")) is { } date)
                yield return new DateMention(new(m.Index, m.Length), date, false);
    }
}
