using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PeaceBot.Core.Answers;
using PeaceBot.Core.Knowledge;

namespace PeaceBot.Core.Index;

/// <summary>Reads a snapshot's metadata (sources, plans, months, counts) back out of the index itself.</summary>
internal static class SnapshotReader
{
    public static KnowledgeSnapshot Read(DirectoryReader reader, SearchAnalyzer analyzer, AliasTable aliases, Func<SnapshotCounts, KnowledgeStatus> status)
    {
        var searcher = new IndexSearcher(reader);
        var sources = new Dictionary<string, SourceInfo>(StringComparer.Ordinal);
        var plans = new List<PlanInfo>();
        var sourceQuery = new TermQuery(new Term(IndexFields.Type, IndexDocType.Source));
        var top = searcher.Search(sourceQuery, Math.Max(1, reader.NumDocs));
        foreach (var hit in top.ScoreDocs)
        {
            var d = searcher.Doc(hit.Doc);
            var file = d.Get(IndexFields.File);
            var title = d.Get(IndexFields.Title);
            sources[file] = new SourceInfo(file, title, d.Get(IndexFields.Publisher), d.Get(IndexFields.Published), d.Get(IndexFields.Url), d.Get(IndexFields.Author));
            if (d.Get(IndexFields.Plan) is { } plan)
                plans.Add(new PlanInfo(plan, d.Get(IndexFields.PlanName) ?? title, title, file,
                    d.GetField(IndexFields.PlanDefault)?.GetInt32Value() == 1, d.GetField(IndexFields.PlanPoints)?.GetInt32Value() ?? 0)
                    { Aliases = d.GetValues(IndexFields.PlanAlias) ?? [] });
        }
        // One default only: of several plans marked default, the one at the first file path (ordinal) is it.
        var theDefault = plans.Where(p => p.IsDefault).OrderBy(p => p.File, StringComparer.Ordinal).FirstOrDefault();
        for (var i = 0; i < plans.Count; i++)
            if (plans[i].IsDefault && plans[i] != theDefault) plans[i] = plans[i] with { IsDefault = false };
        plans.Sort((a, b) => b.IsDefault.CompareTo(a.IsDefault) is var c and not 0 ? c : string.CompareOrdinal(a.Id, b.Id) is var d and not 0 ? d : string.CompareOrdinal(a.File, b.File));

        int Count(string type) => Hits(searcher, new TermQuery(new Term(IndexFields.Type, type)));
        var months = LiveTerms(reader, searcher, IndexFields.Month);
        var st = status(new SnapshotCounts(sources.Count, Count(IndexDocType.Passage), Count(IndexDocType.Quote),
            Count(IndexDocType.Event), plans.Count, Count(IndexDocType.Point)));
        return new KnowledgeSnapshot(reader, analyzer, aliases, sources, plans, months, st);
    }

    internal static int Hits(IndexSearcher searcher, Query query)
    {
        var collector = new TotalHitCountCollector();
        searcher.Search(query, collector);
        return collector.TotalHits;
    }

    /// <summary>The field's terms that at least one live (not deleted) document still holds, in term order.</summary>
    public static List<string> LiveTerms(DirectoryReader reader, IndexSearcher searcher, string field)
    {
        var result = new List<string>();
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null) return result;
        var e = terms.GetEnumerator();
        while (e.MoveNext())
        {
            var value = e.Term.Utf8ToString();
            if (Hits(searcher, new TermQuery(new Term(field, value))) > 0) result.Add(value);
        }
        return result;
    }
}
