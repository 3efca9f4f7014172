using Lucene.Net.Index;
using Lucene.Net.Search;
using PeaceBot.Core.Engine;
using PeaceBot.Core.Index;
using PeaceBot.Core.Search;

namespace PeaceBot.Bench;

/// <summary>
/// The benchmark's baseline: the same words as a plain BM25 query over the same index, top hits loaded, with no
/// command parsing, filtering, relevance checks or answer building. It reads the core's internals (the snapshot's
/// searcher, the query analyser) so that it measures the very same index; nothing but the bench does.
/// </summary>
public static class RawLuceneQuery
{
    public static int Run(KnowledgeService knowledge, string text, int top = 10)
    {
        using var lease = knowledge.Acquire();
        if (lease.Snapshot is not { } snapshot) return 0;
        var query = new BooleanQuery();
        foreach (var term in QueryText.Terms(snapshot.Analyzer, text).Distinct(StringComparer.Ordinal).Take(QueryText.MaxTerms))
            query.Add(new TermQuery(new Term(IndexFields.Text, term)), Occur.SHOULD);
        var hits = snapshot.Searcher.Search(query, top);
        foreach (var sd in hits.ScoreDocs) snapshot.Searcher.Doc(sd.Doc);
        return hits.ScoreDocs.Length;
    }
}
