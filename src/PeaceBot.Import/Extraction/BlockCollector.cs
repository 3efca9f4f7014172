using AngleSharp.Dom;

namespace PeaceBot.Import.Extraction;

/// <summary>
/// Turns the extracted article's HTML into Markdown blocks: a paragraph per <c>p</c> (and per run of loose text),
/// "## " for headings, "- " or "N. " for list items. Figures and their captions, embedded media, forms, asides and
/// navigation are left out, and so is chrome <see cref="ChromeFilter"/> recognises. Words are kept as written;
/// only runs of whitespace become one space.
/// </summary>
public static class BlockCollector
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "figure", "figcaption", "picture", "img", "video", "audio", "iframe", "svg", "canvas", "script", "style", "noscript",
        "form", "button", "input", "select", "textarea", "nav", "aside", "footer", "header", "menu", "template", "object", "embed",
    };

    private static readonly HashSet<string> Leaves = new(StringComparer.OrdinalIgnoreCase) { "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "dt", "dd", "caption", "td", "th" };

    public static IReadOnlyList<string> Collect(IElement root, string? byline, string title)
    {
        var blocks = new List<string>();
        Walk(root, blocks, byline);
        // The headline repeated as the body's first heading is not text of the article.
        if (blocks.Count > 0 && blocks[0].TrimStart('#', ' ').Equals(title, StringComparison.OrdinalIgnoreCase)) blocks.RemoveAt(0);
        return blocks;
    }

    private static void Walk(IElement element, List<string> blocks, string? byline)
    {
        var loose = new List<INode>();
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement e && (Skipped.Contains(e.LocalName) || IsBlock(e)))
            {
                Flush(loose, blocks, byline);
                if (Skipped.Contains(e.LocalName)) continue;
                if (Leaves.Contains(e.LocalName)) Emit(e, blocks, byline);
                else Walk(e, blocks, byline);
                continue;
            }
            loose.Add(child);
        }
        Flush(loose, blocks, byline);
    }

    private static bool IsBlock(IElement e) => Leaves.Contains(e.LocalName) || e.LocalName is "div" or "section" or "article" or "main"
        or "ul" or "ol" or "dl" or "blockquote" or "table" or "thead" or "tbody" or "tfoot" or "tr" or "hr" or "details" or "center";

    private static void Emit(IElement e, List<string> blocks, string? byline)
    {
        if (e.QuerySelector("p, div, ul, ol, table, blockquote") is not null && e.LocalName is "li" or "td" or "dd")
        {
            Walk(e, blocks, byline);
            return;
        }
        var text = ChromeFilter.Normalize(InlineText(e));
        if (ChromeFilter.IsChrome(text, LinkChars(e), byline)) return;
        var prefix = e.LocalName switch
        {
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => "## ",
            "li" when e.ParentElement?.LocalName == "ol" => $"{Position(e)}. ",
            "li" => "- ",
            _ => "",
        };
        blocks.Add(prefix + text);
    }

    private static void Flush(List<INode> loose, List<string> blocks, string? byline)
    {
        if (loose.Count == 0) return;
        var text = ChromeFilter.Normalize(string.Concat(loose.Select(n => n is IElement e ? InlineText(e) : n.NodeType == NodeType.Text ? n.TextContent : "")));
        var links = loose.OfType<IElement>().Sum(LinkChars);
        loose.Clear();
        if (text.Length > 0 && !ChromeFilter.IsChrome(text, links, byline)) blocks.Add(text);
    }

    // Text of an inline run, without skipped descendants (an image's caption inside a paragraph); <br> is a space.
    private static string InlineText(IElement e)
    {
        var parts = new System.Text.StringBuilder();
        foreach (var node in e.ChildNodes)
        {
            if (node is IElement child)
            {
                if (child.LocalName == "br") parts.Append(' ');
                else if (!Skipped.Contains(child.LocalName)) parts.Append(InlineText(child));
            }
            else if (node.NodeType == NodeType.Text) parts.Append(node.TextContent);
        }
        return parts.ToString();
    }

    private static int LinkChars(IElement e) =>
        e.LocalName == "a" ? e.TextContent.Trim().Length : e.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length);

    private static int Position(IElement li)
    {
        var start = int.TryParse(li.ParentElement?.GetAttribute("start"), out var s) ? s : 1;
        return start + li.ParentElement!.Children.Where(c => c.LocalName == "li").TakeWhile(c => c != li).Count();
    }
}
