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

    // Equal scores go by date, then file path, then offset, never by the order files happened to be indexed in.
    private static readonly SortField[] TieBreaks =
    [
        new(IndexFields.DateSort, SortFieldType.INT64),
        new(IndexFields.FileSort, SortFieldType.STRING),
        new(IndexFields.Offset, SortFieldType.INT64),
    ];

    private static readonly Sort ByScore = new([SortField.FIELD_SCORE, .. TieBreaks]);
    private static readonly Sort ByPlace = new(TieBreaks);

    public static IReadOnlyList<SearchHit> Ranked(KnowledgeSnapshot snapshot, IReadOnlyList<string> terms, Query filter, int max,
        bool withSections = false, IReadOnlyDictionary<string, string[]>? synonyms = null) =>
        Ranked(snapshot, terms, new QueryWrapperFilter(filter), max, withSections, synonyms);

    /// <param name="synonyms">Other terms that stand for a query term: searched with a lower weight, and a hit holding
    /// one counts as holding the term.</param>
    public static IReadOnlyList<SearchHit> Ranked(KnowledgeSnapshot snapshot, IReadOnlyList<string> terms, Filter filter, int max,
        bool withSections = false, IReadOnlyDictionary<string, string[]>? synonyms = null)
    {
        var distinct = terms.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0) return [];
        var words = new BooleanQuery();
        foreach (var t in distinct)
        {
            words.Add(new TermQuery(new Term(IndexFields.Text, t)), Occur.SHOULD);
            if (withSections) words.Add(new TermQuery(new Term(IndexFields.Section, t)) { Boost = 0.3f }, Occur.SHOULD);
            foreach (var other in synonyms?.GetValueOrDefault(t) ?? [])
                words.Add(new TermQuery(new Term(IndexFields.Text, other)) { Boost = 0.25f }, Occur.SHOULD);
        }
        var top = snapshot.Searcher.Search(words, filter, max, ByScore, doDocScores: true, doMaxScore: false);
        var coverage = Coverage(snapshot, distinct, synonyms, top.ScoreDocs.Select(sd => sd.Doc).ToArray());
        return top.ScoreDocs.Select(sd => new SearchHit(snapshot.Searcher, sd.Doc, sd.Score, coverage[sd.Doc])).ToList();
    }

    /// <summary>The best <paramref name="max"/> documents for any query, by score, then date, file path and offset.</summary>
    public static IReadOnlyList<int> Best(KnowledgeSnapshot snapshot, Query query, Filter filter, int max) =>
        snapshot.Searcher.Search(query, filter, max, ByScore, doDocScores: false, doMaxScore: false).ScoreDocs.Select(sd => sd.Doc).ToList();

    /// <summary>
    /// The best <paramref name="max"/> hits for any query with their scores, ties by date, file path and offset. The
    /// plain top-N search decides unless a tie crosses its cut (which tied documents get in would then follow index
    /// order, so the sorted search decides); its hits are only reordered among equal scores, reading doc values for
    /// those alone.
    /// </summary>
    public static List<SearchHit> BestHits(KnowledgeSnapshot snapshot, Query query, Filter filter, int max)
    {
        var top = snapshot.Searcher.Search(query, filter, max + 1).ScoreDocs;
        ScoreDoc[] docs;
        if (top.Length > max && top[max].Score == top[max - 1].Score)
            docs = snapshot.Searcher.Search(query, filter, max, ByScore, doDocScores: true, doMaxScore: false).ScoreDocs;
        else
        {
            docs = top.Length > max ? top[..max] : top;
            if (HasTies(docs)) docs = docs.OrderByDescending(sd => sd.Score).ThenBy(sd => Place(snapshot, sd.Doc)).ToArray();
        }
        return docs.Select(sd => new SearchHit(snapshot.Searcher, sd.Doc, sd.Score, 1)).ToList();
    }

    private static bool HasTies(ScoreDoc[] docs)
    {
        for (var i = 1; i < docs.Length; i++)
            if (docs[i].Score == docs[i - 1].Score) return true;
        return false;
    }

    /// <summary>Ids of the documents (up to <paramref name="max"/>) a query matches within a filter.</summary>
    public static HashSet<int> Matching(KnowledgeSnapshot snapshot, Query query, Filter filter, int max) =>
        snapshot.Searcher.Search(query, filter, max).ScoreDocs.Select(sd => sd.Doc).ToHashSet();

    /// <summary>Every document the filter matches (up to <paramref name="max"/>), unranked, by date, file path and offset.</summary>
    public static IReadOnlyList<SearchHit> All(KnowledgeSnapshot snapshot, Query filter, int max)
    {
        var top = snapshot.Searcher.Search(new ConstantScoreQuery(filter), null, max, ByPlace);
        return top.ScoreDocs.Select(sd => new SearchHit(snapshot.Searcher, sd.Doc, 1, 1)).ToList();
    }

    /// <summary>Where a document stands among equals (date, file path, offset), read from doc values.</summary>
    public static DocKey Place(KnowledgeSnapshot snapshot, int doc)
    {
        var leaves = snapshot.Reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var local = doc - leaf.DocBase;
        var reader = leaf.AtomicReader;
        var path = "";
        if (reader.GetSortedDocValues(IndexFields.FileSort) is { } files && files.GetOrd(local) >= 0)
        {
            var bytes = new BytesRef();
            files.Get(local, bytes);
            path = bytes.Utf8ToString();
        }
        return new DocKey(reader.GetNumericDocValues(IndexFields.DateSort)?.Get(local) ?? 0, path,
            reader.GetNumericDocValues(IndexFields.Offset)?.Get(local) ?? 0, doc);
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
    private static Dictionary<int, double> Coverage(KnowledgeSnapshot snapshot, List<string> terms, IReadOnlyDictionary<string, string[]>? synonyms, int[] docs)
    {
        var reader = snapshot.Reader;
        var n = Math.Max(1, reader.NumDocs);
        var result = docs.ToDictionary(d => d, _ => 0.0);
        if (docs.Length == 0) return result;
        var sorted = docs.Order().ToArray();
        var leaves = reader.Leaves;

        double Idf(int df) => Math.Log(1 + (n - df + 0.5) / (df + 0.5));
        var groups = terms.Select(t => (Term: t, Forms: new[] { t }.Concat(synonyms?.GetValueOrDefault(t) ?? []).ToArray())).ToList();
        var weights = groups.Select(g => g.Forms.Max(f => reader.DocFreq(new Term(IndexFields.Text, f)))).Select(df => (Df: df, Weight: Idf(df))).ToList();
        // A word the knowledge never uses (a typo, an unknown name) weighs like half the rarest known word, not
        // like the rarest word possible: one stray word should not sink an otherwise well-covered question.
        var known = weights.Where(w => w.Df > 0).Select(w => w.Weight).DefaultIfEmpty(0).Max();
        double total = 0;
        for (var g = 0; g < groups.Count; g++)
        {
            var weight = weights[g].Df > 0 || known == 0 ? weights[g].Weight : known / 2;
            total += weight;
            if (weights[g].Df == 0) continue;
            var holding = new HashSet<int>();
            // A passage holds a word in its text or in the heading (or plan name) it stands under.
            foreach (var term in groups[g].Forms.SelectMany(f => new[] { new Term(IndexFields.Text, f), new Term(IndexFields.Section, f) }))
            {
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
                    if (at == local) holding.Add(d);
                }
            }
            foreach (var d in holding) result[d] += weight;
        }
        if (total <= 0) return result;
        foreach (var d in sorted) result[d] /= total;
        return result;
    }
}
