using System.Text.RegularExpressions;

namespace PeaceBot.Core.Extraction.Dates.Rules;

/// <summary>
/// A month named without a day or year: "in February", "late November", "mid-March", "last November", "the end of
/// June". It takes the paragraph's year, else the publication's (see <see cref="DateContext.YearFor"/>).
/// "May" and "March" need a preposition or modifier before them: alone they are a modal and a verb.
/// </summary>
internal sealed partial class BareMonthRule : IDateRule
{
    [GeneratedRegex(@"\b(?:(?<prep>(?i:in|since|during|by|until|till|through|throughout|from|to|of|on|last|next|this|early|mid|late|before|after|between|and|or))[\s-]+(?:the\s+)?(?:(?i:early|mid|late|end\s+of|beginning\s+of|start\s+of|middle\s+of)[\s-]+)?)?(?<m>" + MonthNames.FullPattern + @")\b(?!\s+(?:[0-3]?\d\b(?!\s*(?:%|percent|-point|point))|of\s+" + DateParts.Year + "|" + DateParts.Year + "))", RegexOptions.CultureInvariant)]
    private static partial Regex BareMonth();

    public IEnumerable<DateMention> Find(string sentence, DateContext context)
    {
        foreach (Match m in BareMonth().Matches(sentence))
        {
            var month = MonthNames.Parse(m.Groups["m"].Value)!.Value;
            var prep = m.Groups["prep"];
            if (MonthNames.IsAmbiguous(month) && !prep.Success) continue;
            var anchor = DateParts.Anchor(prep.Value);
            if (DateParts.Make(context.YearFor(month, anchor), month, null) is { } date)
                yield return new DateMention(new(m.Index, m.Length), date, true);
        }
    }
}
