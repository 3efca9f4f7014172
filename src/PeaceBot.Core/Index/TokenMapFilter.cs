using System.Collections.Frozen;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PeaceBot.Core.Index;

/// <summary>Replaces whole lower-cased tokens found in a map (alias spellings, irregular verb forms).</summary>
internal sealed class TokenMapFilter : TokenFilter
{
    private readonly FrozenDictionary<string, string> _map;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ICharTermAttribute _term;

    public TokenMapFilter(TokenStream input, FrozenDictionary<string, string> map) : base(input)
    {
        _map = map;
        _lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (_map.Count > 0 && _lookup.TryGetValue(_term.Buffer.AsSpan(0, _term.Length), out var replacement))
            _term.SetEmpty().Append(replacement);
        return true;
    }
}
