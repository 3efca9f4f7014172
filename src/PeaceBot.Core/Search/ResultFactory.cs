using PeaceBot.Core.Answers;
using PeaceBot.Core.Dates;
using PeaceBot.Core.Index;

namespace PeaceBot.Core.Search;

/// <summary>Builds the cited result for a hit from what the index stored: its verbatim snippet and its source.</summary>
internal static class ResultFactory
{
    public static AnswerResult From(KnowledgeSnapshot snapshot, SearchHit hit, float score)
    {
        var d = hit.Stored;
        var file = hit.File;
        var source = snapshot.Sources.TryGetValue(file, out var s) ? s : new SourceInfo(file, file);
        var plan = d.Get(IndexFields.Plan);
        return new AnswerResult(hit.Snippet, source)
        {
            Speaker = d.Get(IndexFields.Speaker),
            Date = PartialDate.TryParse(d.Get(IndexFields.Date), out var date) ? date : null,
            Plan = plan,
            PlanName = plan is null ? null : snapshot.Plans.FirstOrDefault(p => p.Id == plan)?.Name,
            Point = d.GetField(IndexFields.Point)?.GetInt32Value(),
            Score = score,
        };
    }
}
