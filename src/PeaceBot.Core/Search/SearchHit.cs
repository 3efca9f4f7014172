using LuceneDocument = Lucene.Net.Documents.Document;

namespace PeaceBot.Core.Search;

/// <param name="Coverage">Share (0–1) of the query's IDF weight that the hit's snippet contains.</param>
internal sealed record SearchHit(LuceneDocument Stored, float Score, double Coverage)
{
    public string File => Stored.Get(Index.IndexFields.File);
    public string Snippet => Stored.Get(Index.IndexFields.Snippet);
    public int Start => Stored.GetField(Index.IndexFields.Start)?.GetInt32Value() ?? 0;
}
