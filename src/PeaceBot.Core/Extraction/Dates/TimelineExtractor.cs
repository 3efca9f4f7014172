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

    // "… on Sunday over the war, which began in February 2022": a date inside a ", which …" clause is background to
    // the sentence's own event, not when it happened.
    private static bool IsBackground(string text, TextRange sentence, DateMention m)
    {
        var before = text.AsSpan(sentence.Start, m.Range.Start - sentence.Start);
        var clause = before.LastIndexOfAny(',', '(', '—');
        if (clause < 0) return false;
        var rest = before[(clause + 1)..].TrimStart();
        return rest.StartsWith("which ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("a war that ", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("the war that ", StringComparison.OrdinalIgnoreCase);
    }

    // "Peskov today added:" only introduces what follows; with no words of its own it is no event.
    private static bool IsContentless(string text, TextRange sentence, IEnumerable<DateMention> dates)
    {
        var span = text.AsSpan(sentence.Start, sentence.Length).TrimEnd();
        if (span.Length == 0 || span[^1] != ':') return false;
        var words = 0;
        var inDate = dates.Select(d => d.Range).ToList();
        var inWord = false;
        for (var i = 0; i < span.Length; i++)
        {
            var at = sentence.Start + i;
            var letter = char.IsLetterOrDigit(span[i]) && !inDate.Any(r => at >= r.Start && at < r.End);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words <= MaxIntroWords;
    }

    /// <summary>A sentence ending in a colon with at most this many words besides its date only introduces the next.</summary>
    public const int MaxIntroWords = 4;

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
        var sentenceOf = new Dictionary<int, TextRange>();
        foreach (var m in mentions)
        {
            if (text.SentenceAt(m.Range.Start) is not { } sentence) continue;
            sentenceOf[sentence.Index] = sentence.Range;
            (allBySentence.TryGetValue(sentence.Index, out var list) ? list : allBySentence[sentence.Index] = []).Add(m);
        }
        foreach (var (index, all) in allBySentence.ToList())
        {
            if (IsContentless(text.Text, sentenceOf[index], all)) continue;
            // The event's own date beats a background one; a sentence with only background dates keeps them.
            var own = all.Where(m => !IsBackground(text.Text, sentenceOf[index], m)).ToList();
            if (own.Count == 0) own = all;
            allBySentence[index] = own;
            bySentence[index] = own.Aggregate((best, m) => m.Date.Precision > best.Date.Precision ? m : best);
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
