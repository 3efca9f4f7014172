using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>A quotation: <see cref="Outer"/> includes the marks, <see cref="Inner"/> the words only.</summary>
/// <param name="RunsOn">Never closed in its paragraph because the next paragraph carries the quotation on.</param>
/// <param name="Short">Two words a verb hands to a speaker ("called it “a joke”"): kept only if a rule finds that speaker.</param>
internal readonly record struct QuotedSpan(TextRange Outer, TextRange Inner, bool RunsOn = false, bool Short = false);
