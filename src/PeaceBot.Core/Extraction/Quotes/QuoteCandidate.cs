using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>A quote a rule found, with its speaker as written (null: the speaker of a neighbouring quote, if any).</summary>
/// <param name="StandsAlone">The quote opens its sentence, so an unattributed one continues a neighbour's words;
/// a fragment inside someone else's sentence ("a demand to accept “new realities”") does not.</param>
/// <param name="ContinuesPrevious">Opens a paragraph that carries on a quotation the previous paragraph left open.</param>
/// <param name="OnlyQuotes">Its paragraph holds nothing but quotation (AP style continues a speaker that way).</param>
/// <param name="Short">A two-word fragment: kept only with the speaker its own attribution names.</param>
internal sealed record QuoteCandidate(TextRange Quote, TextRange Context, SpeakerMention? Speaker, QuoteKind Kind, int Sentence, int Paragraph,
    bool StandsAlone = false, bool ContinuesPrevious = false, bool OnlyQuotes = false, bool Short = false);
