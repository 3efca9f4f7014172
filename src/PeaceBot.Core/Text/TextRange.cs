namespace PeaceBot.Core.Text;

/// <summary>A slice of a document's text by offsets; snippets are always made from these, never re-typed.</summary>
public readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public static TextRange FromBounds(int start, int end) => new(start, end - start);
}
