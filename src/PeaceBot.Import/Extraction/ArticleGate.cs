using AngleSharp.Dom;

namespace PeaceBot.Import.Extraction;

/// <summary>
/// Decides whether what was extracted is an article worth importing. A page is refused whole (never half-imported)
/// when it is a login or subscription wall, or when it has too little running prose: an index of headlines, a
/// search page or a gallery has teasers, not paragraphs.
/// </summary>
public static class ArticleGate
{
    public const int MinProseParagraphs = 2;
    public const int MinProseChars = 250;
    private const int MinWords = 12;

    /// <summary>Null when the blocks make an article; otherwise the reason to refuse it.</summary>
    public static string? Refusal(IDocument page, IReadOnlyList<string> blocks)
    {
        var prose = blocks.Where(IsProse).ToList();
        var enough = prose.Count >= MinProseParagraphs && prose.Sum(p => p.Length) >= MinProseChars;
        if (page.QuerySelector("input[type='password']") is not null && prose.Count < 4)
            return "this looks like a login or subscription page, not the article; save the article as a file once you can read it and import that";
        if (!enough)
            return $"this page does not look like an article (an index of headlines, a search or a gallery?): it has {prose.Count} paragraph(s) of running text; link to the article itself";
        return null;
    }

    /// <summary>A paragraph of running text: enough words, ending as a sentence does.</summary>
    public static bool IsProse(string block)
    {
        if (block.StartsWith('#')) return false;
        var words = block.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words >= MinWords && block.TrimEnd()[^1] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or '»' or ')' or '…';
    }
}
