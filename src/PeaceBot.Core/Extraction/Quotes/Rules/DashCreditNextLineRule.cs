namespace PeaceBot.Core.Extraction.Quotes.Rules;

/// <summary>
/// A quote alone on its line, signed on the next one: "“…”¶— Vera Lind, head of the mission". The signature must be a
/// name: a dash line with a role or a place signs nothing.
/// </summary>
internal sealed class DashCreditNextLineRule : IAttributionRule
{
    public Attribution? Find(QuoteSite site)
    {
        var doc = site.Doc;
        var p = site.Paragraph;
        if (p.Index + 1 >= doc.Paragraphs.Count || !OnlyTheQuote(site)) return null;
        var next = doc.Paragraphs[p.Index + 1].Range;
        var text = site.Text;
        var from = next.Start;
        while (from < next.End && char.IsWhiteSpace(text[from])) from++;
        if (from >= next.End || text[from] is not ('—' or '–')) return null;
        return AttributionFinder.AfterQuote(text, from, next.End) is { Speaker.Kind: SpeakerMentionKind.Name } signed ? signed : null;
    }

    private static bool OnlyTheQuote(QuoteSite site)
    {
        var text = site.Text;
        var r = site.Paragraph.Range;
        return text.AsSpan(r.Start, site.Span.Outer.Start - r.Start).Trim().IsEmpty
            && text.AsSpan(site.Span.Outer.End, r.End - site.Span.Outer.End).Trim().Trim(".").IsEmpty;
    }
}
