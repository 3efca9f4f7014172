using PeaceBot.Core.Dates;

namespace PeaceBot.Import.Extraction;

/// <summary>
/// An article taken out of a page: its header fields and its text as Markdown blocks (paragraphs, "## " headings,
/// list items), each block the page's own words.
/// </summary>
/// <param name="PublishedFrom">Where the date was read: "article:published_time", "JSON-LD datePublished", "&lt;time&gt;", "byline".</param>
public sealed record ExtractedArticle(
    string Title,
    string? Publisher,
    string? Author,
    PartialDate? Published,
    string? PublishedFrom,
    string? Url,
    IReadOnlyList<string> Blocks);
