using PeaceBot.Core.Text;

namespace PeaceBot.Core.Documents;

/// <summary>
/// Cuts prose into passages: one per paragraph, long paragraphs in runs of whole sentences. Headings are not
/// passages; they become the <see cref="Passage.Section"/> of what follows them.
/// </summary>
public static class PassageChunker
{
    public const int MaxSentences = 3;
    public const int MaxChars = 700;

    public static IReadOnlyList<Passage> Chunk(SegmentedText text)
    {
        var passages = new List<Passage>();
        string? section = null;
        foreach (var paragraph in text.Paragraphs)
        {
            if (paragraph.IsHeading)
            {
                section = text.Slice(paragraph.Range).TrimStart('#', ' ');
                continue;
            }
            int? start = null;
            var end = 0;
            var count = 0;
            foreach (var sentence in text.SentencesOf(paragraph))
            {
                if (start is { } s && (count >= MaxSentences || sentence.Range.End - s > MaxChars))
                {
                    passages.Add(new Passage(TextRange.FromBounds(s, end), section));
                    start = null;
                    count = 0;
                }
                start ??= sentence.Range.Start;
                end = sentence.Range.End;
                count++;
            }
            if (start is { } last) passages.Add(new Passage(TextRange.FromBounds(last, end), section));
        }
        return passages;
    }
}
