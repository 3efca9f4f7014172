using PeaceBot.Core.Extraction.Dates;
using PeaceBot.Core.Extraction.Plans;
using PeaceBot.Core.Extraction.Quotes;
using PeaceBot.Core.Knowledge;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Documents;

/// <summary>Everything extracted from one knowledge file; all ranges are offsets into <see cref="KnowledgeFile.Body"/>.</summary>
public sealed record ProcessedDocument(
    KnowledgeFile File,
    SegmentedText Text,
    IReadOnlyList<Passage> Passages,
    IReadOnlyList<ExtractedQuote> Quotes,
    IReadOnlyList<TimelineEvent> Events,
    IReadOnlyList<PlanPoint> Points,
    IReadOnlyList<PointMention> Mentions,
    IReadOnlyList<KnowledgeProblem> Problems)
{
    public string Slice(TextRange range) => Text.Slice(range);
}
