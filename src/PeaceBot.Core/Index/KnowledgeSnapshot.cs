using Lucene.Net.Index;
using Lucene.Net.Search;
using PeaceBot.Core.Answers;
using PeaceBot.Core.Knowledge;

namespace PeaceBot.Core.Index;

/// <summary>
/// One immutable, complete view of the knowledge: a Lucene reader plus the metadata read from it. Built fully before
/// it is published; readers hold it through a reference count so a reload never closes it under them.
/// </summary>
public sealed class KnowledgeSnapshot
{
    internal KnowledgeSnapshot(
        DirectoryReader reader,
        SearchAnalyzer analyzer,
        AliasTable aliases,
        IReadOnlyDictionary<string, SourceInfo> sources,
        IReadOnlyList<PlanInfo> plans,
        IReadOnlyList<string> months,
        KnowledgeStatus status)
    {
        Reader = reader;
        Searcher = new IndexSearcher(reader) { Similarity = new Lucene.Net.Search.Similarities.BM25Similarity() };
        Analyzer = analyzer;
        Aliases = aliases;
        Sources = sources;
        Plans = plans;
        Months = months;
        Status = status;
    }

    internal DirectoryReader Reader { get; }
    internal IndexSearcher Searcher { get; }
    public SearchAnalyzer Analyzer { get; }
    public AliasTable Aliases { get; }
    /// <summary>Source metadata by knowledge-relative file path.</summary>
    public IReadOnlyDictionary<string, SourceInfo> Sources { get; }
    public IReadOnlyList<PlanInfo> Plans { get; }
    /// <summary>Months ("2025-08") that have timeline events, in order.</summary>
    public IReadOnlyList<string> Months { get; }
    public KnowledgeStatus Status { get; }

    internal bool TryAcquire() => Reader.TryIncRef();

    internal void Release() => Reader.DecRef();
}
