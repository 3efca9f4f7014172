using PeaceBot.Core.Answers;
using PeaceBot.Core.Commands;
using PeaceBot.Core.Index;
using PeaceBot.Core.Search;

namespace PeaceBot.Core.Handlers;

/// <summary>
/// /ask: the passages that best answer a question. A passage must carry enough of the question's weight (rare
/// words count most) to be cited; below that the answer says so and cites nothing.
/// </summary>
internal static class AskHandler
{
    internal const double MinCoverage = 0.4;

    public static Answer Handle(AskCommand command, CommandContext context)
    {
        var snapshot = context.Snapshot;
        var terms = QueryText.QuestionTerms(snapshot.Analyzer, command.Question);
        var synonyms = Synonyms.For(snapshot.Analyzer, terms);
        var expected = AnswerShape.Of(command.Question);
        var hits = SnapshotSearch.Ranked(snapshot, terms, SnapshotSearch.TypeFilter(IndexDocType.Passage), HandlerLimits.Candidates, withSections: true, synonyms)
            .Where(h => h.Coverage >= MinCoverage)
            .Select(h => (Hit: h, Rank: h.Score * (0.5 + h.Coverage) * (expected == AnswerShape.Kind.Any ? 1 : AnswerShape.Boost(expected, h.Snippet))))
            .OrderByDescending(x => x.Rank)
            .ToList();

        var results = new List<AnswerResult>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (hit, rank) in hits)
        {
            if (!seen.Add(SnippetKey.Of(hit.Snippet))) continue;
            results.Add(ResultFactory.From(snapshot, hit, (float)rank));
            if (results.Count == context.Needed) break;
        }

        if (results.Count == 0)
            return new Answer(AnswerKind.Ask, "I found nothing in the sources I am confident answers that. Try other words, or /sources to see what I know.", [])
                { Outcome = AnswerOutcome.NoResults };
        return new Answer(AnswerKind.Ask, $"The passages that best answer \"{command.Question}\":", results);
    }
}
