using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PeaceBot.Core.Index;

/// <summary>
/// Words joined by a hyphen are also indexed as one word, at the position of the last part: "Band-Aid" gives
/// "Band", "Aid" and "BandAid", so "bandaid" finds it and "band aid" still does. Reads the characters between two
/// tokens from the text being analysed (<see cref="TextHolder"/>), since the tokenizer drops the hyphen.
/// </summary>
internal sealed class HyphenJoinFilter : TokenFilter
{
    private readonly TextHolder _text;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private string? _chain;
    private int _chainStart;
    private int _previousEnd = -1;
    private State? _pending;
    private string? _pendingText;

    public HyphenJoinFilter(TokenStream input, TextHolder text) : base(input)
    {
        _text = text;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending is { } pending)
        {
            RestoreState(pending);
            var end = _offset.EndOffset;
            _term.SetEmpty().Append(_pendingText);
            _offset.SetOffset(_chainStart, end);
            _position.PositionIncrement = 0;
            _pending = null;
            return true;
        }
        if (!m_input.IncrementToken()) return false;

        var start = _offset.StartOffset;
        var word = _term.Length > 0 && char.IsLetter(_term.Buffer[0]);
        if (word && _chain is not null && start == _previousEnd + 1 && IsHyphen(_text.CharAt(_previousEnd)))
        {
            _chain += _term.ToString();
            _pendingText = _chain;
            _pending = CaptureState();
        }
        else
        {
            _chain = word ? _term.ToString() : null;
            _chainStart = start;
        }
        _previousEnd = _offset.EndOffset;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _chain = null;
        _pending = null;
        _pendingText = null;
        _previousEnd = -1;
    }

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';
}
