using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>
/// Quotations in straight single marks, as some outlets print them ("Trump: 'We are very close'", "'The Europeans have
/// leverage,' she added."). The mark is also the apostrophe, so both ends are read strictly: the opening mark starts a
/// word after a space, a colon, a dash or the paragraph start; the closing mark follows a word and is followed by
/// punctuation or the paragraph end, or closes on a comma or full stop of its own ("…,'"). A plural possessive
/// ("the Europeans' leverage") is neither. No double quotation mark may stand inside.
/// </summary>
internal static class StraightSingleQuotes
{
    public static List<QuotedSpan> Scan(string text, TextRange paragraph)
    {
        var spans = new List<QuotedSpan>();
        if (text.IndexOf('\'', paragraph.Start, paragraph.Length) < 0) return spans;
        int? open = null;
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            var c = text[i];
            if (c is '"' or '“' or '”') { open = null; continue; }
            if (c != '\'') continue;
            if (open is { } o && Closes(text, paragraph, i))
            {
                QuotedSpanScanner.Add(spans, text, paragraph, o, i + 1);
                open = null;
            }
            else if (open is null && Opens(text, paragraph, i)) open = i;
        }
        return spans;
    }

    private static bool Opens(string text, TextRange paragraph, int i) =>
        i + 1 < paragraph.End && char.IsLetterOrDigit(text[i + 1])
        && (i == paragraph.Start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '—' or '–' or ':');

    private static bool Closes(string text, TextRange paragraph, int i)
    {
        if (i == paragraph.Start || char.IsWhiteSpace(text[i - 1])) return false;
        if (i + 1 < paragraph.End && char.IsLetterOrDigit(text[i + 1])) return false;
        if (text[i - 1] is '.' or ',' or '!' or '?') return true;
        return i + 1 >= paragraph.End || text[i + 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\n';
    }
}
