using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>A quotation: <see cref="Outer"/> includes the marks, <see cref="Inner"/> the words only.</summary>
/// <param name="RunsOn">Never closed in its paragraph because the next paragraph carries the quotation on.</param>
internal readonly record struct QuotedSpan(TextRange Outer, TextRange Inner, bool RunsOn = false);
