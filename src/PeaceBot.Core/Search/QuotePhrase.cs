using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PeaceBot.Core.Index;

namespace PeaceBot.Core.Search;

/// <summary>
/// The typed words of a who-said question as exact-phrase queries, read the way people type a quote: any case,
/// any apostrophe, punctuation left out or added (the analyser drops it), an ellipsis standing for left-out words
/// (each part must stand as a phrase), and a hyphenated word also tried as one word ("cease-fire" finds "ceasefire").
/// Stop words keep their positions, so "is not dead" never matches "is dead".
/// </summary>
internal static partial class QuotePhrase
{
    public static Query? Of(KnowledgeSnapshot snapshot, string words)
    {
        var analyzer = snapshot.Analyzer;
        var variants = new List<string> { words };
        var joined = Hyphen().Replace(words, "");
        if (joined != words) variants.Add(joined);
        if (Split(snapshot, words) is { } split) variants.Add(split);

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

    /// <summary>
    /// The words with each one the knowledge never uses (or uses only hyphenated) split in two where both halves are
    /// words it does use ("ceasefire" typed, "cease-fire" written); null when no word splits.
    /// </summary>
    private static string? Split(KnowledgeSnapshot snapshot, string words)
    {
        var changed = false;
        var memo = SplitsBySnapshot.GetValue(snapshot, _ => new ConcurrentDictionary<string, string>(StringComparer.Ordinal));
        var result = Word().Replace(words, m =>
        {
            var word = m.Value;
            if (word.Length < MinSplitLength) return word;
            // Each candidate split costs two analyses and maybe a phrase search; a snapshot's words are asked again and again.
            if (!memo.TryGetValue(word, out var split))
            {
                split = SplitWord(snapshot, word);
                if (memo.Count < MaxMemoWords) memo.TryAdd(word, split);
            }
            changed |= split != word;
            return split;
        });
        return changed ? result : null;
    }

    private static readonly ConditionalWeakTable<KnowledgeSnapshot, ConcurrentDictionary<string, string>> SplitsBySnapshot = new();
    private const int MaxMemoWords = 50_000;

    private static string SplitWord(KnowledgeSnapshot snapshot, string word)
    {
        if (Missing(snapshot, word) is not { } missing) return word;
        for (var i = MinHalf; i <= word.Length - MinHalf; i++)
        {
            if (Missing(snapshot, word[..i]) != false || Missing(snapshot, word[i..]) != false) continue;
            // The analyser also indexes "cease-fire" as "ceasefire": a word it knows is split only where it stands hyphenated.
            if (!missing && !Hyphenated(snapshot, word[..i], word[i..])) continue;
            return word[..i] + " " + word[i..];
        }
        return word;
    }

    // True when the word's analysed term never occurs in the knowledge, false when it does, null for a stop word.
    private static bool? Missing(KnowledgeSnapshot snapshot, string word)
    {
        var terms = QueryText.Terms(snapshot.Analyzer, word);
        if (terms.Count != 1) return null;
        return snapshot.Reader.DocFreq(new Term(IndexFields.Text, terms[0])) == 0;
    }

    private static bool Hyphenated(KnowledgeSnapshot snapshot, string first, string second) =>
        SnapshotReader.Hits(snapshot.Searcher, QueryText.Phrase(snapshot.Analyzer, first + "-" + second)) > 0;

    private const int MinSplitLength = 7;
    private const int MinHalf = 3;

    /// <summary>True when the typed words are the whole quote (case, punctuation and apostrophes aside).</summary>
    public static bool IsWhole(string typed, string snippet) => SnippetKey.Of(typed) == SnippetKey.Of(snippet);

    [GeneratedRegex(@"(?<=\p{L})[-‐‑–](?=\p{L})")]
    private static partial Regex Hyphen();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\.\.\.+|…|\[\.\.\.\]|\[…\]")]
    private static partial Regex Ellipsis();
}
