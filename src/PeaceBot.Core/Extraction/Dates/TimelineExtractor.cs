using PeaceBot.Core.Dates;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Dates;

/// <summary>
/// Turns a text's dated sentences into timeline events. A sentence takes its most precise date (the first, among
/// equals); the event then runs on over the next sentences of the paragraph that carry no date of their own, since
/// news prose tells one happening over a few sentences ("In April 2025 the sides met. They agreed to …").
/// </summary>
public static class TimelineExtractor
{
    public const int MaxFollowingSentences = 2;

    public static IReadOnlyList<TimelineEvent> Extract(SegmentedText text, PartialDate? published)
    {
        var mentions = DateExtractor.Find(text, published);
        if (mentions.Count == 0) return [];

        var bySentence = new Dictionary<int, DateMention>();
        foreach (var m in mentions)
        {
            if (text.SentenceAt(m.Range.Start) is not { } sentence) continue;
            if (!bySentence.TryGetValue(sentence.Index, out var best) || m.Date.Precision > best.Date.Precision)
                bySentence[sentence.Index] = m;
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
            events.Add(new TimelineEvent(TextRange.FromBounds(first.Range.Start, last.Range.End), mention.Date, index));
        }
        return events;
    }
}
