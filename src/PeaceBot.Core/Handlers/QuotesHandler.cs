using PeaceBot.Core.Answers;
using PeaceBot.Core.Commands;
using PeaceBot.Core.Search;

namespace PeaceBot.Core.Handlers;

/// <summary>
/// /quotes &lt;person&gt; [about &lt;topic&gt;]: the quotes attributed to a person (any spelling the aliases file
/// knows), newest first. A topic keeps only quotes holding most of its words' weight.
/// </summary>
internal static class QuotesHandler
{
    private const double MinTopicCoverage = 0.5;
    private const int MaxNamesShown = 5;

    public static Answer Handle(QuotesCommand command, CommandContext context)
    {
        var snapshot = context.Snapshot;
        var speakers = SpeakerSearch.Named(snapshot, command.Person);
        if (speakers.Count == 0)
            return new Answer(AnswerKind.Quotes, KnownSpeakers.Nearest(snapshot, command.Person) is { } near
                    ? $"I know no quotes by \"{command.Person}\". Did you mean /quotes {near}?"
                    : $"I know no quotes by \"{command.Person}\". Try /who said <words> to find a quote by its words.", [])
                { Outcome = AnswerOutcome.NoResults };

        // Spellings of one person ("Maria Kovalenko", "Marija Kovalenko") are named once, by the aliases file's name.
        var people = speakers.Select(snapshot.Aliases.Canonicalize).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var names = Names(people);
        var results = new List<AnswerResult>();
        var seen = new HashSet<(string, string)>();
        foreach (var hit in SpeakerSearch.Quotes(snapshot, speakers, command.Topic, MinTopicCoverage))
        {
            if (!seen.Add((hit.File, SnippetKey.Of(hit.Snippet)))) continue;
            results.Add(ResultFactory.From(snapshot, hit, (float)hit.Coverage));
            if (results.Count == context.Needed) break;
        }

        if (results.Count == 0)
            return new Answer(AnswerKind.Quotes, command.Topic is { } none
                    ? $"I found no quote by {names} about \"{none}\"."
                    : $"I found no quote by {names}.", [])
                { Outcome = AnswerOutcome.NoResults };
        var about = command.Topic is { } topic ? $" about \"{topic}\"" : "";
        return new Answer(AnswerKind.Quotes, $"What {names} {(people.Count == 1 ? "is" : "are")} quoted as saying{about}, newest first:", results);
    }

    private static string Names(IReadOnlyList<string> speakers) =>
        speakers.Count <= MaxNamesShown
            ? string.Join(", ", speakers)
            : string.Join(", ", speakers.Take(MaxNamesShown)) + $" and {speakers.Count - MaxNamesShown} more";
}
