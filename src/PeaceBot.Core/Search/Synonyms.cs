using System.Runtime.CompilerServices;
using Lucene.Net.Analysis;
using PeaceBot.Core.Extraction.Vocabulary;

namespace PeaceBot.Core.Search;

/// <summary>
/// Words that stand for one another in questions about the negotiations ("troops" finds "armed forces"). Used only
/// to widen /ask and /timeline topic searches: a passage holding a synonym counts as holding the word.
/// Kept in analysed (stemmed) form per analyser, since the aliases change how words are indexed.
/// </summary>
internal static class Synonyms
{
    private static readonly IReadOnlyList<string[]> Groups = WordLists.Groups("synonyms");

    private static readonly ConditionalWeakTable<Analyzer, Dictionary<string, string[]>> Analysed = new();

    /// <summary>For each query term with synonyms, the other terms of its group (analysed).</summary>
    public static IReadOnlyDictionary<string, string[]> For(Analyzer analyzer, IEnumerable<string> terms)
    {
        var table = Analysed.GetValue(analyzer, Build);
        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var t in terms)
            if (table.TryGetValue(t, out var others)) result[t] = others;
        return result;
    }

    private static Dictionary<string, string[]> Build(Analyzer analyzer)
    {
        var table = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            var analysed = group.SelectMany(w => QueryText.Terms(analyzer, w)).Distinct(StringComparer.Ordinal).ToArray();
            foreach (var term in analysed)
                table[term] = analysed.Where(o => o != term).ToArray();
        }
        return table;
    }
}
