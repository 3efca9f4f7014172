using System.Text;
using PeaceBot.Core.Knowledge;
using PeaceBot.Import.Extraction;

namespace PeaceBot.Import.Writing;

/// <summary>
/// The knowledge file for an extracted article: the front matter (title, publisher, author, published with a
/// comment naming where the date was read, url), then the article's blocks separated by blank lines.
/// </summary>
public static class KnowledgeFileText
{
    public static string Build(ExtractedArticle article)
    {
        var text = new StringBuilder("---\n");
        Field(text, FrontMatterFields.Title, article.Title);
        Field(text, FrontMatterFields.Publisher, article.Publisher);
        Field(text, FrontMatterFields.Author, article.Author);
        if (article.Published is { } date)
            text.Append(FrontMatterFields.Published).Append(": ").Append(date.ToString())
                .Append("   # from ").Append(article.PublishedFrom ?? "the page").Append('\n');
        else
            text.Append("# published: not found on the page; add it (YYYY-MM-DD) so dates like 'on Monday' resolve\n");
        Field(text, FrontMatterFields.Url, article.Url);
        text.Append("---\n");
        for (var i = 0; i < article.Blocks.Count; i++)
        {
            // List items stay together, one per line; every other block is its own paragraph.
            if (i > 0) text.Append(IsListItem(article.Blocks[i]) && IsListItem(article.Blocks[i - 1]) ? "\n" : "\n\n");
            text.Append(article.Blocks[i]);
        }
        return text.Append('\n').ToString();
    }

    private static bool IsListItem(string block) =>
        block.StartsWith("- ", StringComparison.Ordinal)
        || (block.IndexOf(". ", StringComparison.Ordinal) is var dot and > 0 and <= 3 && block[..dot].All(char.IsAsciiDigit));

    private static void Field(StringBuilder text, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) text.Append(key).Append(": ").Append(YamlScalar.Write(value)).Append('\n');
    }
}
