namespace PeaceBot.Core.Extraction.Quotes.Rules;

/// <summary>
/// The block layout of Ukrainian news sites: a "Source: Sybiha in an interview with …" paragraph names who speaks, and
/// the "Quote: “…”" paragraphs right after it hold their words. Only a person's name opening the source line counts
/// ("Source: Reuters" or "Source: a statement" signs nothing), and only "Quote:" paragraphs may stand between.
/// </summary>
internal sealed class SourceQuoteBlockRule : IAttributionRule
{
    private const int MaxQuoteParagraphsBetween = 3;

    public Attribution? Find(QuoteSite site)
    {
        var doc = site.Doc;
        var text = site.Text;
        var p = site.Paragraph;
        if (!IsLabel(text.AsSpan(p.Range.Start, site.Span.Outer.Start - p.Range.Start).Trim(), "Quote:")) return null;
        for (var k = p.Index - 1; k >= 0 && k >= p.Index - 1 - MaxQuoteParagraphsBetween; k--)
        {
            var r = doc.Paragraphs[k].Range;
            var body = text.AsSpan(r.Start, r.Length).TrimStart();
            if (body.StartsWith("Quote:", StringComparison.OrdinalIgnoreCase)) continue;
            if (!body.StartsWith("Source:", StringComparison.OrdinalIgnoreCase)) return null;
            var from = r.End - body.Length + "Source:".Length;
            var toks = Tokenizer.Tokenize(text, from, r.End);
            var speaker = SpeakerPhraseReader.ReadAfter(text, toks, 0, toks.Count);
            if (speaker is not { Kind: SpeakerMentionKind.Name } || speaker.Text.Split(' ').Any(SpeakerWords.IsInstitution)) return null;
            return new Attribution(speaker, speaker.Start, speaker.End, speaker.End);
        }
        return null;
    }

    private static bool IsLabel(ReadOnlySpan<char> before, string label) => before.Equals(label, StringComparison.OrdinalIgnoreCase);
}
