using LuceneDocument = Lucene.Net.Documents.Document;

namespace PeaceBot.Core.Search;

/// <summary>A hit whose stored fields are read only when asked for: most candidates are dropped before that.</summary>
/// <param name="Coverage">Share (0–1) of the query's IDF weight that the hit contains.</param>
internal sealed class SearchHit(Lucene.Net.Search.IndexSearcher searcher, int doc, float score, double coverage)
{
    private LuceneDocument? _stored;

    public int Doc { get; } = doc;
    public float Score { get; } = score;
    public double Coverage { get; } = coverage;
    public LuceneDocument Stored => _stored ??= searcher.Doc(Doc);
    public string File => Stored.Get(Index.IndexFields.File);
    public string Snippet => Stored.Get(Index.IndexFields.Snippet) ?? "";
}
