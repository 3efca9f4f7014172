using PeaceBot.Core.Knowledge;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Quotes;

// Interim: replaced by the attribution rules on the quotes branch.
public static class QuoteExtractor
{
    public static IReadOnlyList<ExtractedQuote> Extract(SegmentedText text, AliasTable aliases) => [];

    public static IReadOnlyList<ExtractedQuote> ExtractTranscript(SegmentedText text, AliasTable aliases) => [];
}
