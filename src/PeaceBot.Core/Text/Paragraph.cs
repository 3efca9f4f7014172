namespace PeaceBot.Core.Text;

/// <summary>A block of text separated from its neighbours by a line break at a sentence end or a blank line.</summary>
/// <param name="IsHeading">Short line with no sentence-final period (a section title, a table-of-contents line).</param>
public sealed record Paragraph(int Index, TextRange Range, bool IsHeading, int FirstSentence, int SentenceCount);
