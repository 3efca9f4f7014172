using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PeaceBot.Core.Index;

/// <summary>
/// Folds British spellings to the American ones, so "recognised" and "recognized", "colour" and "color", "defence"
/// and "defense" are one term and rank the same. Runs on lower-cased tokens before stemming, at index and at query
/// time alike, so a rule only has to be consistent, not exact: "otherwise" becoming "otherwize" on both sides is
/// harmless. Stems shorter than three letters are left alone ("rise", "four", "hour", "rogue").
/// </summary>
internal sealed partial class SpellingVariantFilter : TokenFilter
{
    // -ence/-ense and -ogue words the rules below cannot tell from others ("evidence", "vogue").
    private static readonly FrozenDictionary<string, string> Words = new Dictionary<string, string>
    {
        ["defence"] = "defense", ["defences"] = "defenses", ["defenceless"] = "defenseless",
        ["offence"] = "offense", ["offences"] = "offenses", ["licence"] = "license", ["licences"] = "licenses",
        ["pretence"] = "pretense", ["programme"] = "program", ["programmes"] = "programs",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly ICharTermAttribute _term;

    public SpellingVariantFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (_term.Length < 5) return true;
        var word = _term.ToString();
        var folded = Fold(word);
        if (!ReferenceEquals(folded, word)) _term.SetEmpty().Append(folded);
        return true;
    }

    /// <summary>The American spelling of a lower-cased word, or the word itself (the same instance) when it has none.</summary>
    public static string Fold(string word)
    {
        if (Words.TryGetValue(word, out var mapped)) return mapped;
        foreach (var (pattern, replacement) in Rules)
        {
            var m = pattern.Match(word);
            if (m.Success) return m.Result(replacement);
        }
        return word;
    }

    private static readonly (Regex Pattern, string Replacement)[] Rules =
    [
        (IseRule(), "$1iz$2"),      // recognise, organisation → recognize, organization
        (YseRule(), "$1yz$2"),      // analyse, paralysed → analyze, paralyzed
        (OurRule(), "$1or$2"),      // colour, favourite, honourable → color, favorite, honorable
        (TreRule(), "$1ter$2"),     // centre, theatres → center, theaters
        (OgueRule(), "$1og$2"),     // dialogue, catalogues → dialog, catalogs
        (LledRule(), "$1l$2"),      // cancelled, travelling, modeller → canceled, traveling, modeler
    ];

    [GeneratedRegex(@"^([a-z]{3,})is(e|es|ed|ing|er|ers|ation|ations|ational)$")]
    private static partial Regex IseRule();

    [GeneratedRegex(@"^([a-z]{2,})ys(e|es|ed|ing|er|ers)$")]
    private static partial Regex YseRule();

    [GeneratedRegex(@"^([a-z]{3,})our(s|ed|ing|ite|ites|able|ably|er|ers|ful|less)?$")]
    private static partial Regex OurRule();

    [GeneratedRegex(@"^([a-z]{3,})tre(s)?$")]
    private static partial Regex TreRule();

    [GeneratedRegex(@"^([a-z]{3,})ogue(s)?$")]
    private static partial Regex OgueRule();

    [GeneratedRegex(@"^([a-z]{3,}e)ll(ed|ing|er|ers)$")]
    private static partial Regex LledRule();
}
