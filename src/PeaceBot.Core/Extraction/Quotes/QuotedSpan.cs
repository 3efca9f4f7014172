using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>Words between a pair of double quotation marks: <see cref="Inner"/> without the marks, <see cref="Outer"/> with them.</summary>
internal readonly record struct QuotedSpan(TextRange Inner, TextRange Outer);
