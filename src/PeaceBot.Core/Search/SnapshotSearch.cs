using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PeaceBot.Core.Index;

namespace PeaceBot.Core.Search;

/// <summary>Ranked searches over one snapshot: BM25 on the words, restricted by a filter, each hit scored for coverage.</summary>
internal static class SnapshotSearch
{
    // Cached per index segment, so a query over passages does not walk every passage's posting to filter.
    private static readonly Dictionary<string, Filter> TypeFilters = new[]
        { IndexDocType.Passage, IndexDocType.Quote, IndexDocType.Event, IndexDocType.Point, IndexDocType.Mention, IndexDocType.Source }
        .ToDictionary(t => t, t => (Filter)new CachingWrapperFilter(new QueryWrapperFilter(Type(t))));

    public static Filter TypeFilter(string type) => TypeFilters[type];

    public static IReadOnlyList<SearchHit> Ranked(KnowledgeSnapshot snapshot, IReadOnlyList<string> terms, Query filter, int max, bool withSections = false) =>
        Ranked(snapshot, terms, new QueryWrapperFilter(filter), max, withSections);

    public static IReadOnlyList<SearchHit> Ranked(KnowledgeSnapshot snapshot, IReadOnlyList<string> terms, Filter filter, int max, bool withSections = false)
    {
        var distinct = terms.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0) return [];
        var words = new BooleanQuery();
        foreach (var t in distinct)
        {
            words.Add(new TermQuery(new Term(IndexFields.Text, t)), Occur.SHOULD);
            if (withSections) words.Add(new TermQuery(new Term(IndexFields.Section, t)) { Boost = 0.3f }, Occur.SHOULD);
        }
        var top = snapshot.Searcher.Search(words, filter, max);
        var coverage = Coverage(snapshot, distinct, top.ScoreDocs.Select(sd => sd.Doc).ToArray());
        return top.ScoreDocs.Select(sd => new SearchHit(snapshot.Searcher, sd.Doc, sd.Score, coverage[sd.Doc])).ToList();
    }

    /// <summary>Ids of the documents (up to <paramref name="max"/>) a query matches within a filter.</summary>
    public static HashSet<int> Matching(KnowledgeSnapshot snapshot, Query query, Filter filter, int max) =>
        snapshot.Searcher.Search(query, filter, max).ScoreDocs.Select(sd => sd.Doc).ToHashSet();

    /// <summary>Every document the filter matches (up to <paramref name="max"/>), unranked, in index order.</summary>
    public static IReadOnlyList<SearchHit> All(KnowledgeSnapshot snapshot, Query filter, int max)
    {
        var top = snapshot.Searcher.Search(new ConstantScoreQuery(filter), max);
        return top.ScoreDocs.OrderBy(sd => sd.Doc).Select(sd => new SearchHit(snapshot.Searcher, sd.Doc, sd.Score, 1)).ToList();
    }

    public static Query Type(string type) => new TermQuery(new Term(IndexFields.Type, type));

    public static Query And(params Query[] parts)
    {
        var q = new BooleanQuery();
        foreach (var p in parts) q.Add(p, Occur.MUST);
        return q;
    }

    /// <summary>
    /// For each doc, the share of the query's weight (inverse document frequency: rare words weigh more) among the
    /// words it contains, read from the postings rather than by re-analysing stored text.
    /// </summary>
    private static Dictionary<int, double> Coverage(KnowledgeSnapshot snapshot, List<string> terms, int[] docs)
    {
        var reader = snapshot.Reader;
        var n = Math.Max(1, reader.NumDocs);
        var result = docs.ToDictionary(d => d, _ => 0.0);
        if (docs.Length == 0) return result;
        var sorted = docs.Order().ToArray();
        var leaves = reader.Leaves;
        double total = 0;
        foreach (var t in terms)
        {
            var term = new Term(IndexFields.Text, t);
            var df = reader.DocFreq(term);
            var weight = Math.Log(1 + (n - df + 0.5) / (df + 0.5));
            total += weight;
            if (df == 0) continue;
            var leafIndex = -1;
            DocsEnum? postings = null;
            var at = -1;
            foreach (var d in sorted)
            {
                var li = ReaderUtil.SubIndex(d, leaves);
                if (li != leafIndex)
                {
                    leafIndex = li;
                    postings = leaves[li].AtomicReader.GetTermDocsEnum(term);
                    at = -1;
                }
                if (postings is null) continue;
                var local = d - leaves[li].DocBase;
                if (at != DocIdSetIterator.NO_MORE_DOCS && at < local) at = postings.Advance(local);
                if (at == local) result[d] += weight;
            }
        }
        if (total <= 0) return result;
        foreach (var d in sorted) result[d] /= total;
        return result;
    }
}
