using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>A quote a rule found, with its speaker as written (null: the speaker of a neighbouring quote, if any).</summary>
internal sealed record QuoteCandidate(TextRange Quote, TextRange Context, SpeakerMention? Speaker, QuoteKind Kind, int Sentence, int Paragraph);
