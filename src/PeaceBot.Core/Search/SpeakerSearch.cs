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
    /// The speakers a typed name means: those the aliases file makes the same person (Zelenskyy → Volodymyr
    /// Zelensky), or, failing that, those whose name holds the typed words whole (Kovalenko → Maria Kovalenko).
    /// </summary>
    public static IReadOnlyList<string> Named(KnowledgeSnapshot snapshot, string typed)
    {
        var person = string.Join(' ', typed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (person.Length == 0) return [];
        var aliases = snapshot.Aliases;
        var target = aliases.Canonicalize(person);
        var known = Known(snapshot);
        var same = known.Where(k => string.Equals(aliases.Canonicalize(k), target, StringComparison.OrdinalIgnoreCase)).ToList();
        if (same.Count > 0) return same;
        var words = person.Split(' ');
        return known.Where(k => ContainsWords(k.Split(' '), words)).ToList();
    }

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

    private static bool ContainsWords(string[] name, string[] words)
    {
        for (var i = 0; i + words.Length <= name.Length; i++)
        {
            var all = true;
            for (var j = 0; j < words.Length && all; j++)
                all = string.Equals(name[i + j], words[j], StringComparison.OrdinalIgnoreCase);
            if (all) return true;
        }
        return false;
    }

    private static IReadOnlyList<string> Read(KnowledgeSnapshot snapshot)
    {
        var result = new List<string>();
        var terms = MultiFields.GetTerms(snapshot.Reader, IndexFields.Speaker);
        if (terms is null) return result;
        var e = terms.GetEnumerator();
        while (e.MoveNext())
        {
            var value = e.Term.Utf8ToString();
            if (SnapshotReader.Hits(snapshot.Searcher, new TermQuery(new Term(IndexFields.Speaker, value))) > 0) result.Add(value);
        }
        return result;
    }
}
