using System.Globalization;
using System.Text.RegularExpressions;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Plans;

/// <summary>
/// Finds mentions of a plan's points in prose. "point 7" / "points 3 and 4" count on their own; "article 27",
/// "clause 5" and ordinals ("the 27th article") count only when tied to a plan ("… of the plan", "the plan's 5th
/// point"), so "NATO's Article 5" or "mirror Article 5" is never point 5 of a plan.
/// </summary>
public static partial class PointMentionExtractor
{
    private const string PlanWord = @"(?:peace\s+)?(?:plan|proposal|framework|draft|deal|agreement|document|memorandum|charter|blueprint)";

    [GeneratedRegex(@"(?<!percentage\s)(?<!\w)points?\s+(?<n>\d{1,3})(?:(?:\s*,\s*|\s+(?:and|or|to|through)\s+|\s*[-–]\s*)(?<m>\d{1,3}))*(?!\s*(?:%|percent|per\s+cent))(?![\d.,]*\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PointNumber();

    [GeneratedRegex(@"(?<!\w)(?:articles?|clauses?|items?|paragraphs?|provisions?|sections?)\s+(?<n>\d{1,3})\s+(?:of|in)\s+(?:the\s+|this\s+|that\s+|its\s+|[\p{L}'’]+['’]s\s+)?(?:[\w-]+\s+){0,3}?" + PlanWord + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberedOfPlan();

    [GeneratedRegex(@"(?<!\w)(?<n>\d{1,3})(?:st|nd|rd|th)\s+(?:point|article|clause|item|paragraph|provision|section)\s+(?:of|in)\s+(?:the\s+|this\s+|that\s+|its\s+|[\p{L}'’]+['’]s\s+)?(?:[\w-]+\s+){0,3}?" + PlanWord + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalOfPlan();

    [GeneratedRegex(PlanWord + @"['’]s\s+(?:(?<n>\d{1,3})(?:st|nd|rd|th)\s+(?:point|article|clause|item|provision|section)|(?:point|article|clause|item|provision|section)\s+(?<n>\d{1,3}))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlansOrdinal();

    [GeneratedRegex(@"(?<!\w)(?<size>\d{1,3})[-‑–\s]point\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlanSizeWords();

    public static IReadOnlyList<PointMention> Extract(SegmentedText text)
    {
        var mentions = new List<PointMention>();
        var documentSizes = SizesByFrequency(text.Text, new TextRange(0, text.Text.Length)).ToList();
        foreach (var paragraph in text.Paragraphs)
        {
            if (paragraph.IsHeading) continue;
            var paragraphSizes = SizesByFrequency(text.Text, paragraph.Range).ToList();
            foreach (var sentence in text.SentencesOf(paragraph))
            {
                var numbers = new SortedSet<int>();
                Collect(PointNumber(), text.Text, sentence.Range, numbers, includeRange: true);
                Collect(NumberedOfPlan(), text.Text, sentence.Range, numbers, includeRange: false);
                Collect(OrdinalOfPlan(), text.Text, sentence.Range, numbers, includeRange: false);
                Collect(PlansOrdinal(), text.Text, sentence.Range, numbers, includeRange: false);
                if (numbers.Count == 0) continue;
                var sizes = SizesByFrequency(text.Text, sentence.Range).Concat(paragraphSizes).Concat(documentSizes).ToList();
                foreach (var n in numbers)
                {
                    // The nearest plan big enough to have point n: "like his 21-point Gaza plan … the 27th article of
                    // the plan" means the 28-point plan the article is about, not the 21-point one.
                    int? size = sizes.Count == 0 ? null : sizes.FirstOrDefault(s => n <= s) is var fit and > 0 ? fit : -1;
                    if (size != -1) mentions.Add(new PointMention(sentence.Range, n, size));
                }
            }
        }
        return mentions;
    }

    private static void Collect(Regex regex, string text, TextRange range, SortedSet<int> numbers, bool includeRange)
    {
        foreach (Match m in regex.Matches(text[range.Start..range.End]))
        {
            if (IsPlanSize(text, range.Start + m.Index, m)) continue;
            AddNumber(numbers, m.Groups["n"].Value);
            if (!includeRange) continue;
            var captures = m.Groups["m"].Captures;
            var prev = Parse(m.Groups["n"].Value);
            foreach (Capture c in captures)
            {
                var next = Parse(c.Value);
                var joiner = text.AsSpan(range.Start + m.Index, m.Length);
                // "points 3 to 5" / "points 3–5" cover the whole run; lists name each.
                if (next > prev && next - prev <= 30 && (joiner.Contains(" to ", StringComparison.OrdinalIgnoreCase) || joiner.Contains('–') || joiner.Contains(" through ", StringComparison.OrdinalIgnoreCase)))
                    for (var k = prev + 1; k < next; k++) numbers.Add(k);
                numbers.Add(next);
                prev = next;
            }
        }
    }

    // "a 28-point plan" names the plan's size, not its point 28.
    private static bool IsPlanSize(string text, int start, Match m) =>
        m.Value.StartsWith("point", StringComparison.OrdinalIgnoreCase) && start > 0 && text[start - 1] is '-' or '‑';

    private static void AddNumber(SortedSet<int> numbers, string value)
    {
        var n = Parse(value);
        if (n > 0) numbers.Add(n);
    }

    private static int Parse(string s) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static IEnumerable<int> SizesByFrequency(string text, TextRange range) =>
        PlanSizeWords().Matches(text[range.Start..range.End]).Select(m => Parse(m.Groups["size"].Value))
            .GroupBy(n => n).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key);
}
