using PeaceBot.Core.Extraction.Quotes.Rules;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>
/// Words in quotation marks and their attribution: after the quote ("“…,” X said"), before it ("X said: “…”"),
/// around it ("“…,” X said, “…”"), at the end of the sentence ("… “…” with Russia, X says."), or in a
/// preceding sentence that ends with a colon. Quotes with none of these that open their sentence get the speaker of a neighbour in the paragraph.
/// </summary>
internal static class DirectQuoteRule
{
    public static List<QuoteCandidate> Find(SegmentedText doc)
    {
        var found = new List<QuoteCandidate>();
        var previousRanOn = false;
        foreach (var paragraph in doc.Paragraphs)
        {
            var nextOpens = paragraph.Index + 1 < doc.Paragraphs.Count && OpensWithQuote(doc.Text, doc.Paragraphs[paragraph.Index + 1].Range);
            var spans = QuotedSpanScanner.Scan(doc.Text, paragraph.Range, nextOpens);
            QuoteCandidate? previous = null;
            for (var k = 0; k < spans.Count; k++)
            {
                var candidate = Attribute(doc, paragraph, spans, k);
                if (previous is not null && SentenceContinuation.Carries(doc, previous, spans[k - 1], candidate, spans[k]))
                    candidate = candidate with { ContinuesSentence = true };
                previous = candidate;
                var continues = k == 0 && previousRanOn && spans[k].Outer.Start == paragraph.Range.Start;
                found.Add(continues ? candidate with { ContinuesPrevious = true } : candidate);
            }
            previousRanOn = spans.Count > 0 && spans[^1].RunsOn;
        }
        return found;
    }

    private static QuoteCandidate Attribute(SegmentedText doc, Paragraph paragraph, List<QuotedSpan> spans, int k)
    {
        var text = doc.Text;
        var span = spans[k];
        var openSentence = doc.SentenceAt(span.Outer.Start);
        var closeSentence = doc.SentenceAt(Math.Max(span.Outer.Start, span.Outer.End - 1)) ?? openSentence;
        var sentenceStart = openSentence?.Range.Start ?? paragraph.Range.Start;
        var sentenceEnd = closeSentence?.Range.End ?? paragraph.Range.End;
        var previousEnd = k > 0 ? spans[k - 1].Outer.End : paragraph.Range.Start;
        var nextStart = k + 1 < spans.Count ? spans[k + 1].Outer.Start : paragraph.Range.End;

        var beforeFrom = Math.Max(previousEnd, sentenceStart);
        var afterTo = Math.Min(nextStart, sentenceEnd);
        var attribution = AttributionRules.Find(new QuoteSite(doc, paragraph, span, openSentence, beforeFrom, afterTo, nextStart, sentenceEnd));

        var from = Math.Min(span.Outer.Start, attribution?.Start ?? int.MaxValue);
        var to = Math.Max(span.Outer.End, attribution?.End ?? 0);
        var context = ContextOf(doc, paragraph, from, to);
        var sentence = doc.SentenceAt(attribution?.Start ?? span.Outer.Start)?.Index ?? openSentence?.Index ?? 0;
        var standsAlone = !span.Short && text.AsSpan(beforeFrom, span.Outer.Start - beforeFrom).Trim().Trim(",;:—–-").IsEmpty;
        return new QuoteCandidate(span.Inner, context, attribution?.Speaker, QuoteKind.Direct, sentence, paragraph.Index, standsAlone,
            OnlyQuotes: OnlyQuotes(text, paragraph.Range, spans), Short: span.Short) { AttributedBefore = attribution is not null && attribution.End <= span.Outer.Start };
    }

    private static bool OpensWithQuote(string text, TextRange paragraph) =>
        paragraph.Length > 0 && text[paragraph.Start] is '“' or '"' or '«';

    // A paragraph that is nothing but quotation: no words of the reporter's outside the marks.
    private static bool OnlyQuotes(string text, TextRange paragraph, List<QuotedSpan> spans)
    {
        var at = paragraph.Start;
        foreach (var q in spans)
        {
            if (HasLetters(text, at, q.Outer.Start)) return false;
            at = Math.Max(at, q.Outer.End);
        }
        return spans.Count > 0 && !HasLetters(text, at, paragraph.End);
    }

    private static bool HasLetters(string text, int from, int to)
    {
        for (var i = from; i < to; i++) if (char.IsLetterOrDigit(text[i])) return true;
        return false;
    }

    private static TextRange ContextOf(SegmentedText doc, Paragraph paragraph, int from, int to)
    {
        var start = doc.SentenceAt(from)?.Range.Start ?? paragraph.Range.Start;
        var end = doc.SentenceAt(Math.Max(from, to - 1))?.Range.End ?? paragraph.Range.End;
        start = Math.Min(start, from);
        end = Math.Max(end, to);
        return TextRange.FromBounds(start, Math.Min(end, doc.Text.Length));
    }
}
