using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>
/// A quote found in a text. <see cref="Quote"/> covers the quoted words (without the quotation marks);
/// <see cref="Context"/> is the sentence(s) that carry the quote and its attribution, shown as the snippet.
/// </summary>
/// <param name="Speaker">Canonical speaker: a person's full name, or a role when no name is given ("a NATO diplomat");
/// null when no attribution rule was sure (the quote is still indexed, so the words can be shown with "speaker unknown").
/// Only <see cref="QuoteKind.Direct"/> quotes can have no speaker: reported speech exists only with its speaker.</param>
public sealed record ExtractedQuote(TextRange Quote, TextRange Context, string? Speaker, QuoteKind Kind);
