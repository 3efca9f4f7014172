using PeaceBot.Core.Extraction.Dates;
using PeaceBot.Core.Extraction.Plans;
using PeaceBot.Core.Extraction.Quotes;
using PeaceBot.Core.Knowledge;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Documents;

/// <summary>Runs the extraction rules that fit a file's kind. Pure: the same file gives the same document.</summary>
public static class DocumentProcessor
{
    public static ProcessedDocument Process(KnowledgeFile file, AliasTable aliases)
    {
        var fm = file.FrontMatter;
        var text = TextSegmenter.Segment(file.Body);
        var problems = new List<KnowledgeProblem>();

        IReadOnlyList<PlanPoint> points = [];
        IReadOnlyList<Passage> passages;
        if (fm.Kind == KnowledgeKind.Plan)
        {
            var plan = PlanParser.Parse(file.Body, file.BodyLine);
            points = plan.Points;
            problems.AddRange(plan.Problems.Select(p => new KnowledgeProblem(file.RelativePath, p.Line, p.Message)));
            passages = points.Select(p => new Passage(p.Range, fm.PlanName ?? fm.Title)).ToList();
        }
        else
        {
            passages = PassageChunker.Chunk(text);
        }

        var quotes = fm.Kind switch
        {
            KnowledgeKind.Transcript => QuoteExtractor.ExtractTranscript(text, aliases),
            KnowledgeKind.Plan => [],
            _ => QuoteExtractor.Extract(text, aliases),
        };
        var events = fm.Kind == KnowledgeKind.Plan ? [] : TimelineExtractor.Extract(text, fm.Published);
        var mentions = fm.Kind == KnowledgeKind.Plan ? [] : PointMentionExtractor.Extract(text);

        return new ProcessedDocument(file, text, passages, quotes, events, points, mentions, problems);
    }
}
