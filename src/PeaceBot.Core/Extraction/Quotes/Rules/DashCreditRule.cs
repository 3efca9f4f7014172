namespace PeaceBot.Core.Extraction.Quotes.Rules;

/// <summary>"“…” — Vera Lind, head of the mission": a dash and a name after the quote on the same line.</summary>
internal sealed class DashCreditRule : IAttributionRule
{
    public Attribution? Find(QuoteSite site)
    {
        var text = site.Text;
        var from = site.Span.Outer.End;
        var end = site.Paragraph.Range.End;
        while (from < end && text[from] is ' ' or '\t') from++;
        return from < end && text[from] is '—' or '–'
            ? AttributionFinder.AfterQuote(text, site.Span.Outer.End, Math.Min(site.NextStart, end))
            : null;
    }
}
