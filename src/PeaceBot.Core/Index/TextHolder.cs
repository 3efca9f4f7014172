namespace PeaceBot.Core.Index;

/// <summary>The whole text one token stream is reading, for filters that must see what the tokenizer drops.</summary>
internal sealed class TextHolder
{
    public string Text { get; private set; } = "";

    /// <summary>Reads <paramref name="reader"/> to its end and returns a reader over the same text.</summary>
    public TextReader Capture(TextReader reader)
    {
        // Lucene's reusable string reader gives null, not "", for an empty text.
        Text = reader.ReadToEnd() ?? "";
        return new StringReader(Text);
    }

    public char CharAt(int index) => index >= 0 && index < Text.Length ? Text[index] : '\0';
}
