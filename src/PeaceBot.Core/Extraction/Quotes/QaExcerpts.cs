using PeaceBot.Core.Knowledge;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>
/// Question-and-answer excerpts inside an article ("Question: …¶Y. Ushakov: …"): once at least two "Question:" turns
/// make the layout certain, each "Name: …" turn after the first question is that person's, and so are the lines after
/// it up to the next question. Lines after the last answer are the reporter's again; labels ("Source:") are nobody.
/// </summary>
internal static class QaExcerpts
{
    private const int MinQuestions = 2;

    // A cheap look before reading every line: no asker label, no Q&A.
    private static readonly string[] AskerLabels = ["question:", "q:", "reporter:", "journalist:"];

    public static List<ExtractedQuote> Find(SegmentedText doc, AliasTable aliases)
    {
        if (!AskerLabels.Any(l => doc.Text.Contains(l, StringComparison.OrdinalIgnoreCase))) return [];
        var askers = new List<TextRange>();
        var turns = TranscriptRule.Find(doc, aliases, askers);
        if (askers.Count < MinQuestions) return [];
        var firstQuestion = askers[0].Start;
        var lastQuestion = askers[^1].Start;
        var found = new List<ExtractedQuote>();
        foreach (var t in turns)
        {
            if (t.Quote.Start < firstQuestion || t.Speaker is null || Rules.SpeakerColonLineRule.IsLabel(t.Speaker.Split(' ')[0])) continue;
            // A line with no "Name:" of its own continues an answer only while another question follows.
            var ownLine = t.Context.Start != t.Quote.Start;
            if (!ownLine && t.Quote.Start > lastQuestion) continue;
            found.Add(t);
        }
        return found;
    }
}
