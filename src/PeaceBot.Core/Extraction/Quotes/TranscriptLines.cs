using System.Globalization;
using System.Text.RegularExpressions;
using PeaceBot.Core.Knowledge;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>
/// A transcript's turns: each <c>SPEAKER NAME: words</c> line is a quote of its speaker (ALL-CAPS names in title
/// case, canonical through the aliases). Lines without a speaker continue the previous turn.
/// </summary>
internal static partial class TranscriptLines
{
    [GeneratedRegex(@"^[ \t]*(?:\*\*)?(?<name>[\p{Lu}][\p{L}.’'\- ]{0,60}?)(?:\*\*)?[ \t]*(?:\((?<role>[^)]{1,60})\))?[ \t]*:(?:\*\*)?[ \t]+(?<words>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex Turn();

    public static IReadOnlyList<ExtractedQuote> Extract(SegmentedText text, AliasTable aliases)
    {
        var quotes = new List<ExtractedQuote>();
        foreach (Match m in Turn().Matches(text.Text))
        {
            var name = m.Groups["name"].Value.Trim();
            if (name.Split(' ').Length > 6) continue;
            var words = m.Groups["words"];
            var end = words.Index + words.Value.TrimEnd().Length;
            var range = TextRange.FromBounds(words.Index, end);
            var line = TextRange.FromBounds(m.Index, end);
            quotes.Add(new ExtractedQuote(range, line, aliases.Canonicalize(TitleCase(name)), QuoteKind.Transcript));
        }
        return quotes;
    }

    private static string TitleCase(string name)
    {
        if (name.Any(char.IsLower)) return name;
        var lower = name.ToLowerInvariant();
        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(lower);
    }
}
