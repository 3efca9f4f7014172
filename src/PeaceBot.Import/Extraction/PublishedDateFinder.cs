using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using PeaceBot.Core.Dates;
using PeaceBot.Core.Knowledge;

namespace PeaceBot.Import.Extraction;

/// <summary>
/// A page's publication date, from the most reliable source it has, in order: the <c>article:published_time</c>
/// meta tag, JSON-LD <c>datePublished</c>, a <c>&lt;time datetime&gt;</c> element of the article, the byline text.
/// A timestamp keeps the calendar date written in it (its own time zone), which is the date the publisher printed.
/// </summary>
public static partial class PublishedDateFinder
{
    public const string FromMeta = "article:published_time";
    public const string FromJsonLd = "JSON-LD datePublished";
    public const string FromTime = "<time datetime>";
    public const string FromByline = "byline";

    public static (PartialDate? Date, string? Source) Find(IDocument document, JsonLd jsonLd, string? byline)
    {
        var meta = document.QuerySelector("meta[property='article:published_time'], meta[name='article:published_time'], meta[itemprop='datePublished']");
        if (Parse(meta?.GetAttribute("content")) is { } d1) return (d1, FromMeta);
        if (Parse(jsonLd.Text("datePublished")) is { } d2) return (d2, FromJsonLd);
        var time = document.QuerySelector("article time[datetime], time[itemprop='datePublished'], time[pubdate], time[datetime]");
        if (Parse(time?.GetAttribute("datetime")) is { } d3) return (d3, FromTime);
        if (byline is not null && PlainTextHeader.FindDate(byline) is { } d4) return (d4, FromByline);
        return (null, null);
    }

    public static PartialDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        var iso = IsoDate().Match(text);
        if (iso.Success)
        {
            var (y, m, d) = (Int(iso.Groups[1].Value), Int(iso.Groups[2].Value), Int(iso.Groups[3].Value));
            return y is >= 1900 and <= 2200 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new PartialDate(y, m, d) : null;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
            return parsed.Year is >= 1900 and <= 2200 ? new PartialDate(parsed.Year, parsed.Month, parsed.Day) : null;
        return PlainTextHeader.FindDate(text);
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")]
    private static partial Regex IsoDate();
}
