namespace PeaceBot.Core.Text;

/// <summary>A text with its paragraphs and sentences, all as offsets into <see cref="Text"/>.</summary>
public sealed class SegmentedText
{
    public SegmentedText(string text, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Sentence> sentences)
    {
        Text = text;
        Paragraphs = paragraphs;
        Sentences = sentences;
    }

    public string Text { get; }
    public IReadOnlyList<Paragraph> Paragraphs { get; }
    public IReadOnlyList<Sentence> Sentences { get; }

    public string Slice(TextRange range) => Text.Substring(range.Start, range.Length);

    public IEnumerable<Sentence> SentencesOf(Paragraph paragraph)
    {
        for (var i = 0; i < paragraph.SentenceCount; i++)
            yield return Sentences[paragraph.FirstSentence + i];
    }

    /// <summary>The sentence containing <paramref name="offset"/>, or null for offsets between sentences.</summary>
    public Sentence? SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (offset < s.Range.Start) hi = mid - 1;
            else if (offset >= s.Range.End) lo = mid + 1;
            else return s;
        }
        return null;
    }
}
