using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PeaceBot.Core.Dates;
using PeaceBot.Core.Index;

namespace PeaceBot.Core.Search;

/// <summary>Quotes by speaker: who the index knows as speakers, which of them a typed name means, and their quotes.</summary>
internal static class SpeakerSearch
{
    /// <summary>Quotes looked at per request before sorting by date (a speaker rarely has more).</summary>
    public const int MaxQuotes = 2000;

    private static readonly ConditionalWeakTable<KnowledgeSnapshot, IReadOnlyList<string>> KnownBySnapshot = new();

    /// <summary>Every speaker with at least one quote in the snapshot, in order.</summary>
    public static IReadOnlyList<string> Known(KnowledgeSnapshot snapshot) => KnownBySnapshot.GetValue(snapshot, Read);

    /// <summary>
    /// The speakers a typed name means, loosely (<see cref="NameStrictness.Loose"/>): those the aliases file makes the
    /// same person (Zelenskyy → Volodymyr Zelensky), or, failing that, those whose name holds the typed words whole
    /// (Kovalenko → Maria Kovalenko), with or without a title before them. The rules are <see cref="SpeakerNames"/>'s.
    /// </summary>
    public static IReadOnlyList<string> Named(KnowledgeSnapshot snapshot, string typed) =>
        SpeakerNames.Resolve(snapshot, typed, NameStrictness.Loose);

    /// <summary>How many quotes the index credits to <paramref name="speaker"/> (as indexed).</summary>
    public static int QuoteCount(KnowledgeSnapshot snapshot, string speaker) =>
        SnapshotReader.Hits(snapshot.Searcher, SnapshotSearch.And(SnapshotSearch.Type(IndexDocType.Quote), new TermQuery(new Term(IndexFields.Speaker, speaker))));

    /// <summary>The quotes by any of <paramref name="speakers"/>, newest first (undated last), optionally only those about a topic.</summary>
    public static IReadOnlyList<SearchHit> Quotes(KnowledgeSnapshot snapshot, IReadOnlyList<string> speakers, string? topic, double minCoverage)
    {
        if (speakers.Count == 0) return [];
        var who = new BooleanQuery();
        foreach (var s in speakers) who.Add(new TermQuery(new Term(IndexFields.Speaker, s)), Occur.SHOULD);
        var filter = SnapshotSearch.And(SnapshotSearch.Type(IndexDocType.Quote), who);
        IEnumerable<SearchHit> hits;
        if (topic is null) hits = SnapshotSearch.All(snapshot, filter, MaxQuotes);
        else
        {
            var terms = QueryText.Terms(snapshot.Analyzer, topic).Distinct(StringComparer.Ordinal).Take(QueryText.MaxTerms).ToList();
            if (terms.Count == 0) return [];
            hits = SnapshotSearch.Ranked(snapshot, terms, filter, MaxQuotes, synonyms: Synonyms.For(snapshot.Analyzer, terms))
                .Where(h => h.Coverage >= minCoverage);
        }
        return hits
            .Select(h => (Hit: h, Date: PartialDate.TryParse(h.Stored.Get(IndexFields.Date), out var d) ? d.SortKey : long.MinValue))
            .OrderByDescending(x => x.Date)
            .ThenByDescending(x => x.Hit.Coverage) // then as the search returned them: by score, file path and offset
            .Select(x => x.Hit)
            .ToList();
    }

    private static IReadOnlyList<string> Read(KnowledgeSnapshot snapshot) =>
        SnapshotReader.LiveTerms(snapshot.Reader, snapshot.Searcher, IndexFields.Speaker);
}
