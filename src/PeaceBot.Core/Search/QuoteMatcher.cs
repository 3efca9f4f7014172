using Lucene.Net.Search;
using PeaceBot.Core.Index;

namespace PeaceBot.Core.Search;

/// <summary>
/// Finds what a who-said question's words match, in tiers that never mix: quotes holding the words as a phrase
/// (the whole quote first, so a short quotation beats a long one that contains it); else a quote holding nearly
/// all the words; else passages holding the words verbatim, with no speaker. A near match needs most of the
/// words' weight (rare words weigh most) and nearly all of them, so a few shared words never attribute a quote.
/// </summary>
internal static class QuoteMatcher
{
    /// <summary>Share of the typed words' weight a near match must hold.</summary>
    public const double NearCoverage = 0.85;
    /// <summary>Fewer distinct words than this are matched as a phrase only.</summary>
    public const int NearMinTerms = 4;
    private const int WholeCheck = 10;

    public static IReadOnlyList<QuoteMatch> Find(KnowledgeSnapshot snapshot, string words, IReadOnlyList<string> terms, int candidates)
    {
        var quotes = SnapshotSearch.TypeFilter(IndexDocType.Quote);
        var phrase = QuotePhrase.Of(snapshot, words);
        if (phrase is not null)
        {
            var exact = Search(snapshot, phrase, quotes, candidates);
            // Only the best few are read for the whole-quote check: stored fields cost a disk read each.
            var whole = exact.Take(WholeCheck).FirstOrDefault(h => QuotePhrase.IsWhole(words, h.Snippet));
            if (whole is not null) exact = exact.Where(h => h != whole).Prepend(whole).ToList();
            // A few words inside a longer quote that also stand in another passage ("substantive" in one speaker's
            // “constructive and substantive” and, on its own, in another's sentence) are nobody's for certain.
            if (exact.Count > 0 && whole is null && terms.Count < NearMinTerms
                && AlsoElsewhere(snapshot, phrase, exact, candidates) is { Count: > 0 } passagesToo)
                return passagesToo.Select(h => new QuoteMatch(h, QuoteMatchKind.Passage)).ToList();
            if (exact.Count > 0) return exact.Select(h => new QuoteMatch(h, QuoteMatchKind.Exact)).ToList();
        }

        var passages = phrase is null ? [] : Search(snapshot, phrase, SnapshotSearch.TypeFilter(IndexDocType.Passage), candidates);
        var near = terms.Count < NearMinTerms ? [] : SnapshotSearch.Ranked(snapshot, terms, quotes, candidates)
            .Where(h => h.Coverage >= NearCoverage)
            .OrderByDescending(h => h.Coverage).ThenByDescending(h => h.Score)
            .ToList();
        // Where the words stand verbatim, a near quote is only the answer when it is part of that very passage:
        // a similar quote elsewhere would put the words in the wrong mouth.
        if (passages.Count > 0)
            near = near.Where(q => passages.Any(p => p.File == q.File && p.Snippet.Contains(q.Snippet, StringComparison.Ordinal))).ToList();
        if (near.Count > 0) return near.Select(h => new QuoteMatch(h, QuoteMatchKind.Near)).ToList();
        return passages.OrderByDescending(h => h.Score).Select(h => new QuoteMatch(h, QuoteMatchKind.Passage)).ToList();
    }

    // The passages holding the phrase, best first, when one of them holds none of the quotes found: else empty.
    private static List<SearchHit> AlsoElsewhere(KnowledgeSnapshot snapshot, Query phrase, List<SearchHit> quotes, int candidates)
    {
        var passages = Search(snapshot, phrase, SnapshotSearch.TypeFilter(IndexDocType.Passage), candidates);
        var checkedQuotes = quotes.Take(WholeCheck).ToList();
        var elsewhere = passages.Any(p => !checkedQuotes.Exists(q => q.File == p.File && p.Snippet.Contains(q.Snippet, StringComparison.Ordinal)));
        return elsewhere ? passages.OrderByDescending(h => h.Score).ToList() : [];
    }

    // Ties among equal scores go by date, file path and offset, so two builds of one folder pick the same candidates.
    private static List<SearchHit> Search(KnowledgeSnapshot snapshot, Query query, Filter filter, int max) =>
        SnapshotSearch.BestHits(snapshot, query, filter, max);
}
