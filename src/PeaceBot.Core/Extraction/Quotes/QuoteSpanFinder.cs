using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>
/// Pairs double quotation marks within each paragraph: curly “…” by their direction, straight "…" by alternation.
/// An opening mark with no partner is ignored, so unbalanced text never shifts the pairs of the next paragraph.
/// </summary>
internal static class QuoteSpanFinder
{
    public const int MaxQuoteChars = 1500;

    public static List<QuotedSpan> Find(SegmentedText text)
    {
        var spans = new List<QuotedSpan>();
        var s = text.Text;
        foreach (var paragraph in text.Paragraphs)
        {
            int? open = null;
            var openIsCurly = false;
            for (var i = paragraph.Range.Start; i < paragraph.Range.End; i++)
            {
                var c = s[i];
                if (c == '“' || (c == '"' && open is null))
                {
                    open = i;
                    openIsCurly = c == '“';
                }
                else if ((c == '”' || c == '"') && open is { } o)
                {
                    if (c == '"' && openIsCurly) continue;
                    var inner = TextRange.FromBounds(o + 1, i);
                    if (inner.Length is > 0 and <= MaxQuoteChars && s.AsSpan(inner.Start, inner.Length).Trim().Length > 0)
                        spans.Add(new QuotedSpan(Trim(s, inner), TextRange.FromBounds(o, i + 1)));
                    open = null;
                }
            }
        }
        return spans;
    }

    private static TextRange Trim(string s, TextRange r)
    {
        int start = r.Start, end = r.End;
        while (start < end && char.IsWhiteSpace(s[start])) start++;
        while (end > start && char.IsWhiteSpace(s[end - 1])) end--;
        return TextRange.FromBounds(start, end);
    }
}
