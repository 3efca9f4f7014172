using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PeaceBot.Core.Index;

/// <summary>Counts read back from a snapshot's index for the moderators' console: per file, and timeline events per month.</summary>
public static class KnowledgeCensus
{
    public static IReadOnlyList<FileCensus> Files(KnowledgeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var passages = PerFile(snapshot, IndexDocType.Passage, requireSpeaker: false);
        var quotes = PerFile(snapshot, IndexDocType.Quote, requireSpeaker: true);
        var events = PerFile(snapshot, IndexDocType.Event, requireSpeaker: false);
        var points = PerFile(snapshot, IndexDocType.Point, requireSpeaker: false);
        return snapshot.Sources.Values
            .OrderBy(s => s.File, StringComparer.Ordinal)
            .Select(s => new FileCensus(s.File, s.Title, s.Published, passages.GetValueOrDefault(s.File), quotes.GetValueOrDefault(s.File),
                events.GetValueOrDefault(s.File), points.GetValueOrDefault(s.File)))
            .ToList();
    }

    /// <summary>("2025-08", events) for every month with events, in order.</summary>
    public static IReadOnlyList<KeyValuePair<string, int>> EventsPerMonth(KnowledgeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var eventQuery = new TermQuery(new Term(IndexFields.Type, IndexDocType.Event));
        return snapshot.Months.Select(m => new KeyValuePair<string, int>(m, SnapshotReader.Hits(snapshot.Searcher, new BooleanQuery
        {
            { eventQuery, Occur.MUST },
            { new TermQuery(new Term(IndexFields.Month, m)), Occur.MUST },
        }))).ToList();
    }

    private static Dictionary<string, int> PerFile(KnowledgeSnapshot snapshot, string type, bool requireSpeaker)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var top = snapshot.Searcher.Search(new TermQuery(new Term(IndexFields.Type, type)), Math.Max(1, snapshot.Reader.NumDocs));
        var fields = new HashSet<string> { IndexFields.File, IndexFields.Speaker };
        foreach (var hit in top.ScoreDocs)
        {
            var doc = snapshot.Searcher.Doc(hit.Doc, fields);
            if (requireSpeaker && string.IsNullOrWhiteSpace(doc.Get(IndexFields.Speaker))) continue;
            var file = doc.Get(IndexFields.File);
            if (file is not null) counts[file] = counts.GetValueOrDefault(file) + 1;
        }
        return counts;
    }
}
