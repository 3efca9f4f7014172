using PeaceBot.Core.Knowledge;

namespace PeaceBot.Import.Extraction;

/// <summary>
/// A .txt page, or a .md file without a header: the core's plain-text rules give its title and date (the same the
/// bot would use serving it as is); the text is kept as written, paragraphs separated by blank lines, and the title
/// line is not repeated in the body.
/// </summary>
public static class PlainTextArticle
{
    public static ExtractedArticle Extract(string text, string fileName, string? url)
    {
        var header = PlainTextHeader.Infer(text, fileName);
        var blocks = new List<string>();
        var current = new List<string>();
        var titleSeen = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (!titleSeen && line.Trim().TrimStart('#').Trim() == header.Title) { titleSeen = true; continue; }
            if (line.Trim().Length == 0) { Close(); continue; }
            current.Add(line);
        }
        Close();
        if (blocks.Count == 0) throw new ImportRefusedException("the file has no text besides its title");
        return new ExtractedArticle(header.Title, null, null, header.Published, header.Published is null ? null : "the text's opening lines", url, blocks);

        void Close()
        {
            if (current.Count > 0) blocks.Add(string.Join('\n', current));
            current.Clear();
        }
    }
}
