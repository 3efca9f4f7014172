using PeaceBot.Core.Dates;
using PeaceBot.Core.Extraction.Dates.Rules;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Dates;

/// <summary>
/// Finds the date expressions of a text and resolves each to a <see cref="PartialDate"/>: explicit dates keep their
/// own year, a month or day without one takes the paragraph's year or the publication's, and relative words
/// ("this week", "last month", "yesterday", "on Friday") count from the publication date. Headings and page chrome
/// ("READ MORE: …") have no dates.
/// </summary>
public static class DateExtractor
{
    // Most specific first: where two rules claim overlapping words, the earlier rule wins ("Friday, Aug. 15" is one
    // day, not a weekday plus a day; "November and December 2025" gives November its year).
    private static readonly IDateRule[] Rules =
    [
        new NumericDateRule(),
        new MonthDayRule(),
        new MonthYearRule(),
        new SeasonRule(),
        new BareMonthRule(),
        new YearRule(),
        new RelativePeriodRule(),
        new WeekdayRule(),
        new OffsetFromPreviousRule(),
    ];

    public static IReadOnlyList<DateMention> Find(SegmentedText text, PartialDate? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mentions = new List<DateMention>();
        PartialDate? previous = null;
        // Relative arithmetic works on DateTime; a publication year outside what news prose means anchors nothing.
        if (published is { Year: < 1900 or > 2100 }) published = null;
        foreach (var paragraph in text.Paragraphs)
        {
            if (paragraph.IsHeading || PageChrome.IsChrome(text.Text.AsSpan(paragraph.Range.Start, paragraph.Range.Length))) continue;
            int? paragraphYear = null;
            foreach (var sentence in text.SentencesOf(paragraph))
            {
                var s = text.Slice(sentence.Range);
                var found = InSentence(s, new DateContext(published, paragraphYear, FutureTense.In(s)) { Previous = previous });
                if (found.LastOrDefault(m => m.Date.Month is not null) is { } last) previous = last.Date;
                foreach (var m in found)
                    mentions.Add(m with { Range = new TextRange(sentence.Range.Start + m.Range.Start, m.Range.Length) });
                // A year written out in the text carries over to the paragraph's later months.
                if (found.LastOrDefault(m => !m.IsRelative) is { } written) paragraphYear = written.Date.Year;
            }
        }
        return mentions;
    }

    /// <summary>Mentions within one sentence, offsets relative to it, in text order; no two overlap.</summary>
    internal static List<DateMention> InSentence(string sentence, DateContext context)
    {
        var found = Collect(sentence, context);
        // A year written earlier in the same sentence dates the months after it ("began in 2022, and in February …").
        if (found.FirstOrDefault(m => !m.IsRelative) is not { } written || written.Date.Year == context.ParagraphYear) return found;
        var withYear = Collect(sentence, context with { ParagraphYear = written.Date.Year }).ToDictionary(m => m.Range);
        for (var i = 0; i < found.Count; i++)
            if (found[i].IsRelative && found[i].Range.Start >= written.Range.End && withYear.TryGetValue(found[i].Range, out var resolved))
                found[i] = resolved;
        return found;
    }

    private static List<DateMention> Collect(string sentence, DateContext context)
    {
        var found = new List<DateMention>();
        var taken = new bool[sentence.Length];
        foreach (var rule in Rules)
        {
            foreach (var m in rule.Find(sentence, context).OrderBy(m => m.Range.Start).ThenByDescending(m => m.Range.Length))
            {
                if (IsTaken(taken, m.Range)) continue;
                for (var i = m.Range.Start; i < m.Range.End; i++) taken[i] = true;
                found.Add(m);
            }
        }
        found.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        return found;
    }

    private static bool IsTaken(bool[] taken, TextRange range)
    {
        for (var i = range.Start; i < range.End; i++)
            if (taken[i]) return true;
        return false;
    }
}
