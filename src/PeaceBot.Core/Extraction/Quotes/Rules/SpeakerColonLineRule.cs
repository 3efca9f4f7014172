namespace PeaceBot.Core.Extraction.Quotes.Rules;

/// <summary>
/// A headline or live-blog line that is a name, a colon and the quote, nothing else: "Trump: ‘We are very close’".
/// The name must be a person's (one to four capitalised words, no institution, no label such as "Quote:" or
/// "Update:"); the quote must run to the end of the line.
/// </summary>
internal sealed class SpeakerColonLineRule : IAttributionRule
{
    private const int MaxNameWords = 4;

    // Labels that open a line with a colon and are nobody's name.
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "Quote", "Source", "Details", "Background", "Context", "Update", "Updated", "Breaking", "Exclusive", "Analysis",
        "Opinion", "Comment", "Editorial", "Explainer", "Video", "Watch", "Listen", "Read", "Live", "Photo", "Photos",
        "Note", "Reminder", "Question", "Answer", "Q", "A", "Headline", "Key", "Recap", "Summary", "Timeline", "Correction",
        "Statement", "Transcript", "Factbox", "Fact", "Verdict", "Quotes", "Reaction", "Reactions", "Report", "Poll", "Title",
    };

    public static bool IsLabel(string word) => Labels.Contains(word.TrimEnd(':'));

    public Attribution? Find(QuoteSite site)
    {
        var text = site.Text;
        var p = site.Paragraph.Range;
        var before = text.AsSpan(p.Start, site.Span.Outer.Start - p.Start).Trim();
        if (before.Length < 3 || before[^1] != ':') return null;
        if (site.Span.Outer.End > p.End || !text.AsSpan(site.Span.Outer.End, p.End - site.Span.Outer.End).Trim().Trim(".!?").IsEmpty) return null;
        var lead = text.AsSpan(p.Start, site.Span.Outer.Start - p.Start);
        var start = p.Start + (lead.Length - lead.TrimStart().Length);
        var name = before[..^1].TrimEnd().ToString();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxNameWords || Labels.Contains(words[0])) return null;
        if (words.Any(w => !SpeakerWords.IsNameLike(w) || SpeakerWords.IsInstitution(w))) return null;
        var end = start + name.Length;
        return new Attribution(new SpeakerMention(name, SpeakerMentionKind.Name, start, end), start, end + 1, end);
    }
}
