using PeaceBot.Core.Answers;
using PeaceBot.Core.Commands;
using PeaceBot.Core.Index;
using PeaceBot.Core.Search;

namespace PeaceBot.Core.Handlers;

/// <summary>
/// Finds the quotes whose words match. A quote holding the typed words as a phrase ranks first; otherwise
/// a quote must hold most of the words' weight, so a stray common word never attributes anything.
/// </summary>
internal static class WhoSaidHandler
{
    private const double MinCoverage = 0.6;

    public static Answer Handle(WhoSaidCommand command, CommandContext context)
    {
        var snapshot = context.Snapshot;
        var terms = QueryText.Terms(snapshot.Analyzer, command.Words).Distinct(StringComparer.Ordinal).Take(QueryText.MaxTerms).ToList();
        if (terms.Count == 0)
            return new Answer(AnswerKind.WhoSaid, "Those words are too common to find a quote by; add a few more distinctive ones.", [])
                { Outcome = AnswerOutcome.NoResults };

        var filter = SnapshotSearch.TypeFilter(IndexDocType.Quote);
        var phrase = SnapshotSearch.Matching(snapshot, QueryText.Phrase(snapshot.Analyzer, command.Words), filter, HandlerLimits.QuoteCandidates);
        var hits = SnapshotSearch.Ranked(snapshot, terms, filter, HandlerLimits.QuoteCandidates)
            .Select(h => (Hit: h, Phrase: phrase.Contains(h.Doc)))
            .Where(x => x.Phrase || x.Hit.Coverage >= MinCoverage)
            .OrderByDescending(x => x.Phrase)
            .ThenByDescending(x => x.Hit.Coverage)
            .ThenByDescending(x => x.Hit.Score)
            .ToList();

        var results = new List<AnswerResult>();
        var seen = new HashSet<(string, string)>();
        foreach (var (hit, isPhrase) in hits)
        {
            if (!seen.Add((hit.File, SnippetKey.Of(hit.Snippet)))) continue;
            results.Add(ResultFactory.From(snapshot, hit, (float)(hit.Coverage + (isPhrase ? 1 : 0))));
            if (results.Count == context.Needed) break;
        }

        if (results.Count == 0)
            return new Answer(AnswerKind.WhoSaid, $"I found no quote matching \"{command.Words}\" in the sources.", [])
                { Outcome = AnswerOutcome.NoResults };
        var top = results[0];
        var message = top.Speaker is { } speaker ? $"{speaker} said it." : "Found it.";
        return new Answer(AnswerKind.WhoSaid, message, results);
    }
}
