using PeaceBot.Core.Answers;
using PeaceBot.Core.Dates;

namespace PeaceBot.Core.Handlers;

/// <summary>/sources: every knowledge file, newest first, each cited by its own title.</summary>
internal static class SourcesHandler
{
    public static Answer Handle(CommandContext context)
    {
        var results = context.Snapshot.Sources.Values
            .OrderByDescending(s => PartialDate.TryParse(s.Published, out var d) ? d.SortKey : 0)
            .ThenBy(s => s.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.File, StringComparer.Ordinal)
            .Select(s => new AnswerResult(s.Title, s) { Date = PartialDate.TryParse(s.Published, out var d) ? d : null })
            .ToList();
        if (results.Count == 0)
            return new Answer(AnswerKind.Sources, "No knowledge files are loaded.", []) { Outcome = AnswerOutcome.NoResults };
        return new Answer(AnswerKind.Sources, $"I answer from {results.Count} source{(results.Count == 1 ? "" : "s")}:", results);
    }
}
