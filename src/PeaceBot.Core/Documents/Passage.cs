using PeaceBot.Core.Text;

namespace PeaceBot.Core.Documents;

/// <summary>A searchable chunk of a document: a paragraph, or a few sentences of a long one, or one plan point.</summary>
/// <param name="Section">The heading the passage stands under, searched with it but never shown as its text.</param>
public sealed record Passage(TextRange Range, string? Section);
