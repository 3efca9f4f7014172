using PeaceBot.Core.Answers;
using PeaceBot.Core.Commands;
using PeaceBot.Core.Dates;
using PeaceBot.Core.Extraction.Quotes;
using PeaceBot.Core.Index;
using PeaceBot.Core.Search;

namespace PeaceBot.Core.Handlers;

/// <summary>
/// Finds who said the typed words (<see cref="QuoteMatcher"/>) and says how sure that is: "X said it." only for a
/// quote holding the words with a known speaker in direct speech; reported speech is labelled reported; a quote
/// holding only most of the words says it is the closest match; words that stand in a source with no known
/// speaker are shown with "the speaker could not be identified". A known speaker's name alone offers their quotes.
/// </summary>
internal static class WhoSaidHandler
{
    public static Answer Handle(WhoSaidCommand command, CommandContext context)
    {
        var snapshot = context.Snapshot;
        if (KnownSpeakers.Named(snapshot, command.Words) is { } person) return SpeakerQuotes(person, context);

        var terms = QueryText.Terms(snapshot.Analyzer, command.Words).Distinct(StringComparer.Ordinal).Take(QueryText.MaxTerms).ToList();
        if (terms.Count == 0)
            return new Answer(AnswerKind.WhoSaid, "Those words are too common to find a quote by; add a few more distinctive ones.", [])
                { Outcome = AnswerOutcome.NoResults };

        var matches = InPlaceOrder(snapshot, command.Words, QuoteMatcher.Find(snapshot, command.Words, terms, HandlerLimits.QuoteCandidates));
        var results = new List<AnswerResult>();
        var seen = new HashSet<(string, string)>();
        QuoteMatch? top = null;
        foreach (var match in matches)
        {
            var hit = match.Hit;
            if (!seen.Add((hit.File, SnippetKey.Of(hit.Snippet)))) continue;
            top ??= match;
            var score = match.Kind switch { QuoteMatchKind.Exact => 2, QuoteMatchKind.Near => 1, _ => 0 } + hit.Coverage;
            var result = ResultFactory.From(snapshot, hit, (float)score);
            // A passage carries no date of its own: the source's publication date says when it was written.
            if (match.Kind == QuoteMatchKind.Passage && result.Date is null && PartialDate.TryParse(result.Source.Published, out var published))
                result = result with { Date = published };
            results.Add(result);
            if (results.Count == context.Needed) break;
        }

        // A misspelt speaker's name ("zelenksy") is no quote: unless the words stand in a quote as typed, offer the person.
        var nearSpeaker = top is { Kind: QuoteMatchKind.Exact } ? null : KnownSpeakers.Nearest(snapshot, command.Words);
        var didYouMean = nearSpeaker is null ? "" : $" Did you mean /quotes {nearSpeaker}?";
        if (top is null)
            return new Answer(AnswerKind.WhoSaid, $"I found no quote matching \"{command.Words}\" in the sources.{didYouMean}", [])
                { Outcome = AnswerOutcome.NoResults };
        return new Answer(AnswerKind.WhoSaid, Message(top, results[0].Speaker) + didYouMean, results);
    }

    // Matches that score exactly alike (the same quote in a copied article, two quotes of one length holding the
    // words) come from the search in indexing order: each run of them is put in date, file-path and offset order, so
    // every build answers alike. A quote that is the whole typed text keeps its place ahead of its ties.
    private static List<QuoteMatch> InPlaceOrder(KnowledgeSnapshot snapshot, string words, IReadOnlyList<QuoteMatch> matches)
    {
        var ordered = new List<QuoteMatch>(matches.Count);
        for (var i = 0; i < matches.Count;)
        {
            var j = i + 1;
            while (j < matches.Count && Same(matches[i], matches[j])) j++;
            ordered.AddRange(j - i == 1 ? [matches[i]] : matches.Skip(i).Take(j - i).OrderBy(m => SnapshotSearch.Place(snapshot, m.Hit.Doc)));
            i = j;
        }
        return ordered;

        bool Same(QuoteMatch a, QuoteMatch b) =>
            a.Kind == b.Kind && a.Hit.Score == b.Hit.Score && a.Hit.Coverage == b.Hit.Coverage
            && QuotePhrase.IsWhole(words, a.Hit.Snippet) == QuotePhrase.IsWhole(words, b.Hit.Snippet);
    }

    private static string Message(QuoteMatch top, string? speaker)
    {
        var reported = top.Hit.Stored.Get(IndexFields.QuoteKind) == nameof(QuoteKind.Indirect);
        return (top.Kind, speaker) switch
        {
            (QuoteMatchKind.Passage, _) =>
                "These words stand in a source, but the speaker could not be identified. Here is the passage.",
            (_, null) => "The speaker could not be identified. Here is the quote.",
            (QuoteMatchKind.Near, _) =>
                $"No quote holds exactly these words. The closest one, from {speaker}, holds most of them; check it is the one you mean.",
            _ when reported => $"Reported: {speaker} said this, in reported speech; these are not their exact words.",
            _ => $"{speaker} said it.",
        };
    }

    /// <summary>The input only names a speaker: what /quotes answers for them, with the command to ask for it.</summary>
    private static Answer SpeakerQuotes(string person, CommandContext context)
    {
        var quotes = QuotesHandler.Handle(new QuotesCommand(person, null), context);
        return quotes with { Message = $"{person} is a speaker, not a quote; /quotes {person} lists their quotes. {quotes.Message}" };
    }
}
