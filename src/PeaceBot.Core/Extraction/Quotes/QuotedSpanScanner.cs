using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>
/// Finds double-quoted spans in a paragraph: curly “…”, straight "…" and «…». Single curly quotes inside are kept
/// as part of the words. An opening mark that never closes runs to the paragraph's end (a quote continued in the next
/// paragraph by news convention); a stray closing mark is ignored.
/// </summary>
internal static class QuotedSpanScanner
{
    public static List<QuotedSpan> Scan(string text, TextRange paragraph)
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
                Add(spans, text, o, i + 1);
                open = null;
            }
            else if (open is not null && c is '“' or '«')
            {
                // A new opening mark before the last one closed: the last one never closed.
                open = i;
            }
        }
        // An opening mark that never closes is dropped: guessing where the words end would misquote.
        return spans;
    }

    // Two words in quotation marks are a scare quote or a title ("strategic defeat"), not something someone said.
    private const int MinWords = 3;

    private static int WordCount(string text, int s, int e)
    {
        var words = 0;
        for (var i = s; i < e; i++)
            if (!char.IsWhiteSpace(text[i]) && (i == s || char.IsWhiteSpace(text[i - 1]))) words++;
        return words;
    }

    private static void Add(List<QuotedSpan> spans, string text, int outerStart, int outerEnd)
    {
        var s = outerStart + 1;
        var e = outerEnd;
        if (e > s && text[e - 1] is '”' or '»' or '"') e--;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        if (WordCount(text, s, e) < MinWords) return;
        spans.Add(new QuotedSpan(TextRange.FromBounds(outerStart, outerEnd), TextRange.FromBounds(s, e)));
    }
}
