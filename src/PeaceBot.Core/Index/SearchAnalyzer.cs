using System.Collections.Frozen;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using PeaceBot.Core.Knowledge;

namespace PeaceBot.Core.Index;

/// <summary>
/// The one analyser used to index and to query: Unicode words (hyphenated ones also joined: Band-Aid → bandaid),
/// curly apostrophes folded to straight, possessives and case dropped, accents folded, every single-word spelling of an alias entity folded to one token (Kiev → kyiv,
/// Zelenskyy → zelensky), irregular verbs to their base, English stop words out, British spellings
/// folded to American (recognised → recognized), Porter stems.
/// </summary>
public sealed class SearchAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly FrozenDictionary<string, string> _aliases;

    public SearchAnalyzer(AliasTable aliases)
    {
        _aliases = BuildAliasMap(aliases);
    }

    /// <summary>
    /// What the analysis does, for the on-disk index: a change here changes the terms every document holds, so an index
    /// written under another revision is rebuilt (<see cref="Engine.IndexedFileStore"/>).
    /// </summary>
    public const string Revision = "2: hyphen joins, British spellings";

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var text = new TextHolder();
        var tokenizer = new StandardTokenizer(Version, text.Capture(reader)) { MaxTokenLength = 64 };
        TokenStream stream = new HyphenJoinFilter(tokenizer, text);
        stream = new ApostropheFoldingFilter(stream);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new TokenMapFilter(stream, _aliases);
        stream = new TokenMapFilter(stream, IrregularLemmas.Map);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new SpellingVariantFilter(stream);
        stream = new PorterStemFilter(stream);
        return new CapturingComponents(tokenizer, stream, text);
    }

    // Reused components read each new text whole first, so HyphenJoinFilter sees the characters between tokens.
    private sealed class CapturingComponents(Tokenizer source, TokenStream result, TextHolder text) : TokenStreamComponents(source, result)
    {
        protected override void SetReader(TextReader reader) => base.SetReader(text.Capture(reader));
    }

    // Every one-word spelling maps to the entity's first one-word spelling ("Zelensky" for Zelenskyy, Zelenskiy…).
    private static FrozenDictionary<string, string> BuildAliasMap(AliasTable aliases)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in aliases.Entities)
        {
            var single = aliases.SpellingsOf(entity).Where(s => !s.Contains(' ') && !s.Contains('.')).Select(Fold).ToList();
            if (single.Count < 2) continue;
            foreach (var s in single.Skip(1))
                if (s != single[0]) map.TryAdd(s, single[0]);
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Fold(string s)
    {
        var lower = s.ToLowerInvariant().Replace('’', '\'');
        var chars = new char[lower.Length * 4];
        var n = ASCIIFoldingFilter.FoldToASCII(lower.ToCharArray(), 0, chars, 0, lower.Length);
        return new string(chars, 0, n);
    }
}
