using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Quotes.Rules;

/// <summary>"In a statement, Olena Kravets wrote:¶“…”": a sentence ending in a colon, with its speaker and verb, introduces the quote.</summary>
internal sealed class ColonSentenceBeforeRule : IAttributionRule
{
    public Attribution? Find(QuoteSite site)
    {
        if (!site.OpensItsSentence || site.OpenSentence is not { Index: > 0 } sentence) return null;
        var doc = site.Doc;
        var previous = doc.Sentences[sentence.Index - 1];
        if (!EndsWithColon(doc, previous)) return null;
        var lastQuote = doc.Text.LastIndexOfAny(['”', '"', '»'], previous.Range.End - 1, previous.Range.Length);
        var from = lastQuote < 0 ? previous.Range.Start : lastQuote + 1;
        return AttributionFinder.BeforeQuote(doc.Text, from, previous.Range.End);
    }

    public static bool EndsWithColon(SegmentedText doc, Sentence sentence)
    {
        var slice = doc.Text.AsSpan(sentence.Range.Start, sentence.Range.Length).TrimEnd();
        return !slice.IsEmpty && slice[^1] == ':';
    }
}
