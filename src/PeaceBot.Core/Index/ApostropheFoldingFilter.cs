using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PeaceBot.Core.Index;

/// <summary>
/// Folds curly apostrophes to straight ones inside tokens ("can’t" → "can't"), so what people type matches what
/// articles print. Done per token in place: far cheaper than a char filter over the whole text.
/// </summary>
internal sealed class ApostropheFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public ApostropheFoldingFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
            if (buffer[i] is '’' or '‘' or 'ʼ') buffer[i] = '\'';
        return true;
    }
}
