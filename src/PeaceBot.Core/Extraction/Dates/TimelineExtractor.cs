using PeaceBot.Core.Dates;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Dates;

/// <summary>
/// Turns a text's dated sentences into timeline events. A sentence takes its most precise date (the first, among
/// equals), and is also an event of each other month it names; the event then runs on over the next sentences of the paragraph that carry no date of their own, since
/// news prose tells one happening over a few sentences ("In April 2025 the sides met. They agreed to …").
/// </summary>
public static class TimelineExtractor
{
    public const int MaxFollowingSentences = 2;

    /// <summary>Further months a sentence names besides its main date, at most this many.</summary>
    public const int MaxOtherMonths = 2;

    // "the first talks since March 2022", "until May": a date the sentence measures from or to, not one it happened on.
    private static bool IsReferencePoint(string text, DateMention m)
    {
        var from = Math.Max(0, m.Range.Start - 8);
        var before = text.AsSpan(from, m.Range.Start - from).TrimEnd().ToString().ToLowerInvariant();
        var words = text.AsSpan(m.Range.Start, Math.Min(6, m.Range.Length)).ToString().ToLowerInvariant();
        return before.EndsWith("since", StringComparison.Ordinal) || before.EndsWith("until", StringComparison.Ordinal)
            || before.EndsWith("till", StringComparison.Ordinal) || words.StartsWith("since", StringComparison.Ordinal)
            || words.StartsWith("until", StringComparison.Ordinal);
    }

    private static IEnumerable<PartialDate> OtherMonths(List<DateMention> inSentence, DateMention main) =>
        inSentence
            .Where(m => m.Date.Month is not null && (m.Date.Year, m.Date.Month) != (main.Date.Year, main.Date.Month))
            .GroupBy(m => (m.Date.Year, m.Date.Month))
            .Select(g => g.OrderByDescending(m => m.Date.Precision).First().Date)
            .Take(MaxOtherMonths);

    public static IReadOnlyList<TimelineEvent> Extract(SegmentedText text, PartialDate? published)
    {
        var mentions = DateExtractor.Find(text, published);
        if (mentions.Count == 0) return [];

        var bySentence = new Dictionary<int, DateMention>();
        var allBySentence = new Dictionary<int, List<DateMention>>();
        foreach (var m in mentions)
        {
            if (text.SentenceAt(m.Range.Start) is not { } sentence) continue;
            if (!bySentence.TryGetValue(sentence.Index, out var best) || m.Date.Precision > best.Date.Precision)
                bySentence[sentence.Index] = m;
            (allBySentence.TryGetValue(sentence.Index, out var list) ? list : allBySentence[sentence.Index] = []).Add(m);
        }

        var events = new List<TimelineEvent>();
        foreach (var (index, mention) in bySentence.OrderBy(p => p.Key))
        {
            var first = text.Sentences[index];
            var last = first;
            for (var next = index + 1; next <= index + MaxFollowingSentences && next < text.Sentences.Count; next++)
            {
                var candidate = text.Sentences[next];
                if (candidate.Paragraph != first.Paragraph || bySentence.ContainsKey(next)) break;
                last = candidate;
            }
            var range = TextRange.FromBounds(first.Range.Start, last.Range.End);
            events.Add(new TimelineEvent(range, mention.Date, index));
            // "In November and December 2025 …": the sentence belongs to each month it names, not only the first.
            foreach (var other in OtherMonths(allBySentence[index].Where(m => !IsReferencePoint(text.Text, m)).ToList(), mention))
                events.Add(new TimelineEvent(range, other, index));
        }
        return events;
    }
}
