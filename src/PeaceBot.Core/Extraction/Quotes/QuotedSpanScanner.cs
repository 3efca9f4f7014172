using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>
/// Finds quoted spans in a paragraph: curly “…”, straight "…" and «…», and British single ‘…’ where no double
/// quotation covers them. Single curly quotes inside double ones are kept as part of the words. An opening mark that never closes counts only when the next paragraph carries the quotation on
/// (news convention); otherwise it, like a stray closing mark, is ignored.
/// </summary>
internal static class QuotedSpanScanner
{
    /// <param name="nextParagraphOpensQuote">News style leaves a quotation open at a paragraph's end when the next
    /// paragraph continues it with a fresh opening mark; only then does an unclosed quote count.</param>
    public static List<QuotedSpan> Scan(string text, TextRange paragraph, bool nextParagraphOpensQuote = false)
    {
        var spans = new List<QuotedSpan>();
        int? open = null;
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            var c = text[i];
            var opens = c is '“' or '«' || (c == '"' && (open is null && (TextSegmenter.IsOpeningStraightQuote(text, i) || i == paragraph.Start)));
            var closes = c is '”' or '»' || (c == '"' && open is not null);
            if (open is null && opens) open = i;
            else if (open is { } o && closes)
            {
                Add(spans, text, paragraph, o, i + 1);
                open = null;
            }
            else if (open is not null && c is '“' or '«')
            {
                // A new opening mark before the last one closed: the last one never closed.
                open = i;
            }
        }
        // Otherwise an opening mark that never closes is dropped: guessing where the words end would misquote.
        if (open is { } left && nextParagraphOpensQuote && StartsSentence(text, left + 1, paragraph.End))
            Add(spans, text, paragraph, left, paragraph.End, runsOn: true);
        foreach (var single in ScanSingle(text, paragraph).Concat(StraightSingleQuotes.Scan(text, paragraph)))
            if (!spans.Any(d => d.Outer.Start < single.Outer.End && single.Outer.Start < d.Outer.End)) spans.Add(single);
        spans.Sort((a, b) => a.Outer.Start.CompareTo(b.Outer.Start));
        return spans;
    }

    // British style quotes with single marks: ‘…’. The closing mark is also the apostrophe, so it closes only where
    // no letter follows ("Ukraine’s" stays a word), and the opening mark must start a word.
    private static List<QuotedSpan> ScanSingle(string text, TextRange paragraph)
    {
        var spans = new List<QuotedSpan>();
        int? open = null;
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            var c = text[i];
            if (c == '‘' && (i == paragraph.Start || !char.IsLetterOrDigit(text[i - 1])) && i + 1 < paragraph.End && !char.IsWhiteSpace(text[i + 1]))
                open = i;
            else if (c == '’' && open is { } o && (i + 1 >= paragraph.End || !char.IsLetterOrDigit(text[i + 1])))
            {
                Add(spans, text, paragraph, o, i + 1);
                open = null;
            }
        }
        return spans;
    }

    // Two words in quotation marks are a scare quote or a title ("strategic defeat"), not something someone said,
    // unless a verb hands them to a speaker (FragmentGovernor).
    private const int MinWords = 3;

    // A run-on quotation is whole sentences ("“It will take years.¶“But …”"), not a fragment left open by mistake.
    private static bool StartsSentence(string text, int from, int end)
    {
        while (from < end && char.IsWhiteSpace(text[from])) from++;
        return from < end && (char.IsUpper(text[from]) || char.IsDigit(text[from]));
    }

    private static int WordCount(string text, int s, int e)
    {
        var words = 0;
        for (var i = s; i < e; i++)
            if (!char.IsWhiteSpace(text[i]) && (i == s || char.IsWhiteSpace(text[i - 1]))) words++;
        return words;
    }

    internal static void Add(List<QuotedSpan> spans, string text, TextRange paragraph, int outerStart, int outerEnd, bool runsOn = false)
    {
        var s = outerStart + 1;
        var e = outerEnd;
        if (e > s && text[e - 1] is '”' or '»' or '"' or '’' or '\'') e--;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        var words = WordCount(text, s, e);
        var governed = words == MinWords - 1 && !runsOn && FragmentGovernor.Governs(text, paragraph.Start, outerStart, outerEnd, paragraph.End);
        if (words < MinWords && !governed) return;
        spans.Add(new QuotedSpan(TextRange.FromBounds(outerStart, outerEnd), TextRange.FromBounds(s, e), runsOn, Short: governed));
    }
}
