using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>A quote a rule found, with its speaker as written (null: the speaker of a neighbouring quote, if any).</summary>
/// <param name="StandsAlone">The quote opens its sentence, so an unattributed one continues a neighbour's words;
/// a fragment inside someone else's sentence ("a demand to accept “new realities”") does not.</param>
/// <param name="ContinuesPrevious">Opens a paragraph that carries on a quotation the previous paragraph left open.</param>
/// <param name="OnlyQuotes">Its paragraph holds nothing but quotation (AP style continues a speaker that way).</param>
/// <param name="ContinuesSentence">An unattributed fragment later in the sentence of a quote attributed before it
/// ("X said the alliance was “…” but would “…”"): it carries that quote's speaker on.</param>
/// <param name="Short">A two-word fragment: kept only with the speaker its own attribution names.</param>
internal sealed record QuoteCandidate(TextRange Quote, TextRange Context, SpeakerMention? Speaker, QuoteKind Kind, int Sentence, int Paragraph,
    bool StandsAlone = false, bool ContinuesPrevious = false, bool OnlyQuotes = false, bool ContinuesSentence = false, bool Short = false)
{
    /// <summary>Its attribution stands before the quote ("X said the plan was “…”"), so it governs the rest of the sentence.</summary>
    public bool AttributedBefore { get; init; }
}
