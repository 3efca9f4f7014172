namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>A word or a single punctuation character of a text, by offsets.</summary>
internal readonly record struct Token(int Start, int End, bool IsWord)
{
    public string Text(string source) => source.Substring(Start, End - Start);

    public char First(string source) => source[Start];
}
