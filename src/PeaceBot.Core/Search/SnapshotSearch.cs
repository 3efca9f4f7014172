using Lucene.Net.Index;
using Lucene.Net.Search;
using PeaceBot.Core.Index;

namespace PeaceBot.Core.Search;

/// <summary>Ranked searches over one snapshot: BM25 on the words, restricted by a filter, each hit scored for coverage.</summary>
internal static class SnapshotSearch
{
    public static IReadOnlyList<SearchHit> Ranked(KnowledgeSnapshot snapshot, IReadOnlyList<string> terms, Query filter, int max, bool withSections = false)
    {
        if (terms.Count == 0) return [];
        var words = new BooleanQuery();
        foreach (var t in terms.Distinct(StringComparer.Ordinal))
        {
            words.Add(new TermQuery(new Term(IndexFields.Text, t)), Occur.SHOULD);
            if (withSections) words.Add(new TermQuery(new Term(IndexFields.Section, t)) { Boost = 0.3f }, Occur.SHOULD);
        }
        var top = snapshot.Searcher.Search(words, new QueryWrapperFilter(filter), max);
        var weights = Weights(snapshot, terms);
        var hits = new List<SearchHit>(top.ScoreDocs.Length);
        foreach (var sd in top.ScoreDocs)
        {
            var stored = snapshot.Searcher.Doc(sd.Doc);
            var snippet = stored.Get(IndexFields.Snippet) ?? "";
            hits.Add(new SearchHit(stored, sd.Score, Coverage(snapshot, weights, snippet)));
        }
        return hits;
    }

    /// <summary>Every document the filter matches (up to <paramref name="max"/>), unranked.</summary>
    public static IReadOnlyList<SearchHit> All(KnowledgeSnapshot snapshot, Query filter, int max)
    {
        var top = snapshot.Searcher.Search(new ConstantScoreQuery(filter), max);
        return top.ScoreDocs.Select(sd => new SearchHit(snapshot.Searcher.Doc(sd.Doc), sd.Score, 1)).ToList();
    }

    public static Query Type(string type) => new TermQuery(new Term(IndexFields.Type, type));

    public static Query And(params Query[] parts)
    {
        var q = new BooleanQuery();
        foreach (var p in parts) q.Add(p, Occur.MUST);
        return q;
    }

    /// <summary>Inverse document frequency of each query term over the searched words: rare words weigh more.</summary>
    public static Dictionary<string, double> Weights(KnowledgeSnapshot snapshot, IReadOnlyList<string> terms)
    {
        var n = Math.Max(1, snapshot.Reader.NumDocs);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var t in terms)
        {
            if (weights.ContainsKey(t)) continue;
            var df = snapshot.Reader.DocFreq(new Term(IndexFields.Text, t));
            weights[t] = Math.Log(1 + (n - df + 0.5) / (df + 0.5));
        }
        return weights;
    }

    public static double Coverage(KnowledgeSnapshot snapshot, IReadOnlyDictionary<string, double> weights, string snippet)
    {
        var total = weights.Values.Sum();
        if (total <= 0) return 0;
        var present = QueryText.Terms(snapshot.Analyzer, snippet).ToHashSet(StringComparer.Ordinal);
        return weights.Where(w => present.Contains(w.Key)).Sum(w => w.Value) / total;
    }
}
