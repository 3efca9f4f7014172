using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Search;

namespace PeaceBot.Core.Search;

/// <summary>
/// The typed words of a who-said question as exact-phrase queries, read the way people type a quote: any case,
/// any apostrophe, punctuation left out or added (the analyser drops it), an ellipsis standing for left-out words
/// (each part must stand as a phrase), and a hyphenated word also tried as one word ("cease-fire" finds "ceasefire").
/// Stop words keep their positions, so "is not dead" never matches "is dead".
/// </summary>
internal static partial class QuotePhrase
{
    public static Query? Of(Analyzer analyzer, string words)
    {
        var variants = new List<string> { words };
        var joined = Hyphen().Replace(words, "");
        if (joined != words) variants.Add(joined);

        var query = new BooleanQuery();
        foreach (var variant in variants)
        {
            var parts = new BooleanQuery();
            foreach (var part in Ellipsis().Split(variant))
            {
                var phrase = QueryText.Phrase(analyzer, part);
                if (phrase.GetTerms().Length > 0) parts.Add(phrase, Occur.MUST);
            }
            if (parts.Clauses.Count > 0) query.Add(parts, Occur.SHOULD);
        }
        return query.Clauses.Count == 0 ? null : query;
    }

    /// <summary>True when the typed words are the whole quote (case, punctuation and apostrophes aside).</summary>
    public static bool IsWhole(string typed, string snippet) => SnippetKey.Of(typed) == SnippetKey.Of(snippet);

    [GeneratedRegex(@"(?<=\p{L})[-‐‑–](?=\p{L})")]
    private static partial Regex Hyphen();

    [GeneratedRegex(@"\.\.\.+|…|\[\.\.\.\]|\[…\]")]
    private static partial Regex Ellipsis();
}
