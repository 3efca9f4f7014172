using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Quotes.Rules;

/// <summary>A quotation and the text around it that attribution rules may read.</summary>
/// <param name="BeforeFrom">Where the text before the quote starts: its sentence, or the end of the previous quote in it.</param>
/// <param name="AfterTo">Where the text after the quote ends: its sentence end, or the next quote.</param>
/// <param name="NextStart">The next quote in the paragraph, or the paragraph end.</param>
/// <param name="SentenceEnd">The end of the sentence the quote closes in.</param>
internal sealed record QuoteSite(SegmentedText Doc, Paragraph Paragraph, QuotedSpan Span, Sentence? OpenSentence,
    int BeforeFrom, int AfterTo, int NextStart, int SentenceEnd)
{
    public string Text => Doc.Text;

    /// <summary>Nothing but blanks between the start of the quote's sentence (or the previous quote) and the quote.</summary>
    public bool OpensItsSentence => string.IsNullOrWhiteSpace(Text[BeforeFrom..Span.Outer.Start]);

    /// <summary>Nothing but punctuation between the quote's closing mark and the end of its sentence.</summary>
    public bool EndsItsSentence => Text.AsSpan(Span.Outer.End, Math.Max(0, SentenceEnd - Span.Outer.End)).Trim().Trim(".!?,;").IsEmpty;

    /// <summary>The sentence before the quote's, in the same paragraph, or null.</summary>
    public Sentence? PreviousSentenceInParagraph =>
        OpenSentence is { Index: > 0 } s && Doc.Sentences[s.Index - 1].Paragraph == Paragraph.Index ? Doc.Sentences[s.Index - 1] : null;
}
