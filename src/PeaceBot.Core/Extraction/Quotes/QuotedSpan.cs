using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>A quotation: <see cref="Outer"/> includes the marks, <see cref="Inner"/> the words only.</summary>
internal readonly record struct QuotedSpan(TextRange Outer, TextRange Inner);
