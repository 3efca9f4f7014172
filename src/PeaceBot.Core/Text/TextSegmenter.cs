namespace PeaceBot.Core.Text;

/// <summary>
/// Splits a document body into paragraphs and sentences, keeping offsets. A line is its own paragraph unless it is
/// a soft wrap (no sentence end, and the next line carries on in lower case). Sentences end at . ! ? … unless the word
/// is an abbreviation or initial ("U.S.", "J.D.", "Gen."), and never inside a quotation that closes in the same paragraph.
/// </summary>
public static class TextSegmenter
{
    private const int MaxHeadingWords = 14;

    public static SegmentedText Segment(string text)
    {
        var paragraphs = new List<Paragraph>();
        var sentences = new List<Sentence>();
        foreach (var range in ParagraphRanges(text))
        {
            var first = sentences.Count;
            foreach (var s in SentenceRanges(text, range))
                sentences.Add(new Sentence(sentences.Count, paragraphs.Count, s));
            paragraphs.Add(new Paragraph(paragraphs.Count, range, LooksLikeHeading(text, range), first, sentences.Count - first));
        }
        return new SegmentedText(text, paragraphs, sentences);
    }

    private static IEnumerable<TextRange> ParagraphRanges(string text)
    {
        int? start = null;
        var end = 0;
        var lastLine = default(TextRange);
        foreach (var line in Lines(text))
        {
            var trimmed = Trim(text, line);
            if (trimmed.Length == 0 || IsLoneMarker(text, trimmed))
            {
                if (start is { } s) yield return TextRange.FromBounds(s, end);
                start = null;
                continue;
            }
            if (start is { } open && !IsSoftWrap(text, lastLine, trimmed))
            {
                yield return TextRange.FromBounds(open, end);
                start = null;
            }
            start ??= trimmed.Start;
            end = trimmed.End;
            lastLine = trimmed;
        }
        if (start is { } last) yield return TextRange.FromBounds(last, end);
    }

    private static IEnumerable<TextRange> Lines(string text)
    {
        var pos = 0;
        while (pos <= text.Length)
        {
            var nl = text.IndexOf('\n', pos);
            var lineEnd = nl < 0 ? text.Length : nl;
            yield return TextRange.FromBounds(pos, lineEnd);
            if (nl < 0) yield break;
            pos = nl + 1;
        }
    }

    private static TextRange Trim(string text, TextRange r)
    {
        int s = r.Start, e = r.End;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return TextRange.FromBounds(s, e);
    }

    // A line holding only a bullet or rule ("-", "*", "---") separates paragraphs and is not text.
    private static bool IsLoneMarker(string text, TextRange line)
    {
        for (var i = line.Start; i < line.End; i++)
            if (text[i] is not ('-' or '*' or '_' or '•' or '=' or ' ')) return false;
        return true;
    }

    private static bool IsSoftWrap(string text, TextRange previous, TextRange next)
    {
        if (IsListItem(text, next) || text[next.Start] == '#' || text[previous.Start] == '#') return false;
        var last = text[previous.End - 1];
        if (IsSentenceEnd(last) || IsClosingQuote(last) || last == ':') return false;
        return char.IsLower(text[next.Start]) || last is ',' or ';' or '(' or '-' or '–' or '—';
    }

    private static bool IsListItem(string text, TextRange line)
    {
        var c = text[line.Start];
        if (c is '-' or '*' or '+' or '•') return line.Length > 1 && text[line.Start + 1] == ' ';
        var i = line.Start;
        while (i < line.End && char.IsAsciiDigit(text[i])) i++;
        return i > line.Start && i < line.End && text[i] is '.' or ')';
    }

    private static bool LooksLikeHeading(string text, TextRange range)
    {
        if (text[range.Start] == '#') return true;
        if (text.AsSpan(range.Start, range.Length).Contains('\n')) return false;
        var last = text[range.End - 1];
        if (last is '.' or ',' or ';' or ':' || IsClosingQuote(last)) return false;
        var words = 1;
        for (var i = range.Start; i < range.End; i++)
            if (text[i] == ' ' && ++words > MaxHeadingWords) return false;
        return true;
    }

    private static IEnumerable<TextRange> SentenceRanges(string text, TextRange paragraph)
    {
        var start = paragraph.Start;
        var quoteDepth = 0;
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            var c = text[i];
            if (c is '“' or '«') quoteDepth++;
            else if (c is '”' or '»') quoteDepth = Math.Max(0, quoteDepth - 1);
            else if (c == '"') quoteDepth = IsOpeningStraightQuote(text, i) ? quoteDepth + 1 : Math.Max(0, quoteDepth - 1);

            if (!IsSentenceEnd(c)) continue;
            var after = i + 1;
            while (after < paragraph.End && (IsClosingQuote(text[after]) || text[after] is ')' or ']' || IsSentenceEnd(text[after])))
            {
                if (text[after] is '”' or '»' or '"') quoteDepth = Math.Max(0, quoteDepth - 1);
                after++;
            }
            if (after >= paragraph.End) break;
            if (!char.IsWhiteSpace(text[after])) continue;
            var next = after;
            while (next < paragraph.End && char.IsWhiteSpace(text[next])) next++;
            if (next >= paragraph.End || !StartsSentence(text[next])) continue;
            // "at 6 a.m. “and unpacking them by seven.”": a quotation carrying on in lower case continues the sentence.
            if (IsOpeningMark(text[next]) && next + 1 < paragraph.End && char.IsLower(text[next + 1])) continue;
            if (c == '.' && (IsAbbreviationBefore(text, i, paragraph.Start) || IsListNumber(text, i, paragraph.Start))) continue;
            if (quoteDepth > 0 && QuoteClosesLater(text, next, paragraph.End)) continue;
            quoteDepth = 0;
            yield return TextRange.FromBounds(start, after);
            start = next;
            i = next - 1;
        }
        if (start < paragraph.End) yield return TextRange.FromBounds(start, paragraph.End);
    }

    private static bool IsOpeningMark(char c) => c is '"' or '“' or '‘' or '«';

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '…';

    private static bool IsClosingQuote(char c) => c is '"' or '”' or '’' or '\'' or '»';

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[' or '«' or '—' or '–';

    // A straight quote opens when it follows a space/bracket/line start and precedes a non-space.
    internal static bool IsOpeningStraightQuote(string text, int i) =>
        (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or ':')
        && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);

    private static bool QuoteClosesLater(string text, int from, int end)
    {
        for (var i = from; i < end; i++)
            if (text[i] is '”' or '»' || (text[i] == '"' && !IsOpeningStraightQuote(text, i))) return true;
        return false;
    }

    private static bool IsAbbreviationBefore(string text, int period, int floor)
    {
        var s = period;
        while (s > floor && !char.IsWhiteSpace(text[s - 1]) && text[s - 1] is not ('(' or '"' or '“' or '‘')) s--;
        return Abbreviations.IsAbbreviation(text.AsSpan(s, period - s));
    }

    private static bool IsListNumber(string text, int period, int floor)
    {
        var s = period;
        while (s > floor && char.IsAsciiDigit(text[s - 1])) s--;
        return s < period && s == floor;
    }
}
