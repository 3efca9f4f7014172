using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace PeaceBot.Import.Extraction;

/// <summary>
/// Extracts the article from an HTML page: SmartReader (a port of Mozilla's Readability) finds the article's
/// content; AngleSharp reads the page's metadata and turns the content into Markdown blocks. Throws
/// <see cref="ImportRefusedException"/> for a page that is not an article.
/// </summary>
public static class HtmlArticleExtractor
{
    public const int MaxTitleChars = 300;

    /// <param name="address">Where the page came from (after redirects); null for a saved file.</param>
    public static ExtractedArticle Extract(string html, Uri? address)
    {
        var parser = new HtmlParser();
        var page = parser.ParseDocument(html);
        Article article;
        try
        {
            article = new Reader(address?.AbsoluteUri ?? "https://saved-page.invalid/", html) { ContinueIfNotReadable = true }.GetArticle();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ImportRefusedException($"the page could not be read as an article: {e.Message}", e);
        }
        var jsonLd = new JsonLd(page);
        var title = Title(page, jsonLd, article);
        var byline = ChromeFilter.Normalize(article.Byline ?? "") is { Length: > 0 } b ? b : null;

        var blocks = article.Content is { Length: > 0 } content
            ? BlockCollector.Collect(parser.ParseDocument(content).Body!, byline, title)
            : [];
        if (ArticleGate.Refusal(page, blocks) is { } refusal) throw new ImportRefusedException(refusal);

        var (published, from) = PublishedDateFinder.Find(page, jsonLd, byline);
        return new ExtractedArticle(title, Publisher(page, jsonLd, article, address), Author(page, jsonLd, article, byline),
            published, from, Canonical(page, address), blocks);
    }

    private static string Title(IDocument page, JsonLd jsonLd, Article article)
    {
        var title = ChromeFilter.Normalize(article.Title ?? "");
        if (title.Length == 0) title = ChromeFilter.Normalize(jsonLd.Text("headline") ?? page.QuerySelector("h1")?.TextContent ?? page.Title ?? "");
        if (title.Length == 0) throw new ImportRefusedException("the page has no title, so it does not look like an article");
        return title.Length <= MaxTitleChars ? title : title[..MaxTitleChars].TrimEnd() + "…";
    }

    private static string? Publisher(IDocument page, JsonLd jsonLd, Article article, Uri? address) =>
        Meta(page, "meta[property='og:site_name']")
        ?? jsonLd.Text("publisher")
        ?? Clean(article.SiteName)
        ?? Meta(page, "meta[name='application-name']")
        ?? (address is { IsFile: false } a && !a.Host.EndsWith(".invalid", StringComparison.Ordinal) ? HostName(a) : null);

    private static string? Author(IDocument page, JsonLd jsonLd, Article article, string? byline) =>
        Meta(page, "meta[name='author']")
        ?? jsonLd.Text("author")
        ?? Clean(article.Author)
        ?? BylineName(byline);

    // "By Ana Li | Published March 3" → "Ana Li".
    private static string? BylineName(string? byline)
    {
        if (byline is null) return null;
        var name = byline.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? byline[3..] : byline;
        var cut = name.IndexOfAny(['|', '·', ',', '—', '–']);
        name = (cut > 0 ? name[..cut] : name).Trim();
        return name.Length is > 0 and <= 80 && name.Split(' ').Length <= 6 ? name : null;
    }

    private static string? Canonical(IDocument page, Uri? address)
    {
        foreach (var candidate in new[] { page.QuerySelector("link[rel='canonical']")?.GetAttribute("href"), Meta(page, "meta[property='og:url']") })
        {
            if (candidate is null) continue;
            var uri = address is null ? (Uri.TryCreate(candidate, UriKind.Absolute, out var u) ? u : null)
                : Uri.TryCreate(address, candidate, out var r) ? r : null;
            if (uri is { Scheme: "http" or "https" }) return ImportUrl.Normalize(uri);
        }
        return address is { Scheme: "http" or "https" } ? ImportUrl.Normalize(address) : null;
    }

    private static string HostName(Uri address) => address.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? address.Host[4..] : address.Host;

    private static string? Meta(IDocument page, string selector) => Clean(page.QuerySelector(selector)?.GetAttribute("content"));

    private static string? Clean(string? value) => ChromeFilter.Normalize(value ?? "") is { Length: > 0 } v ? v : null;
}
