using Lucene.Net.Index;
using Lucene.Net.Search;
using PeaceBot.Core.Index;

namespace PeaceBot.Core.Search;

/// <summary>Quotes holding the words typed so far, the last one as a prefix: for autocomplete while typing.</summary>
internal static class QuoteCompletion
{
    private const int MaxWords = 12;

    public static IEnumerable<string> Snippets(KnowledgeSnapshot snapshot, string typed, int max)
    {
        var words = typed.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).TakeLast(MaxWords).ToArray();
        if (words.Length == 0) yield break;
        var query = new BooleanQuery();
        foreach (var t in QueryText.Terms(snapshot.Analyzer, string.Join(' ', words[..^1])).Distinct())
            query.Add(new TermQuery(new Term(IndexFields.Text, t)), Occur.MUST);
        var last = new string(words[^1].ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
        if (last.Length > 0) query.Add(new PrefixQuery(new Term(IndexFields.Text, last)), Occur.MUST);
        if (query.Clauses.Count == 0) yield break;
        foreach (var doc in SnapshotSearch.Best(snapshot, query, SnapshotSearch.TypeFilter(IndexDocType.Quote), max))
            yield return snapshot.Searcher.Doc(doc).Get(IndexFields.Snippet) ?? "";
    }
}
