using System.Text;

namespace PeaceBot.Import.Preview;

/// <summary>The preview as plain lines, for the terminal and for chat (which each wrap it in their own markup).</summary>
public static class PreviewText
{
    public const int MaxListed = 8;
    private const int MaxSnippet = 200;

    public static string Render(ImportPreview p)
    {
        var text = new StringBuilder();
        text.Append("Title: ").Append(p.Title).Append('\n');
        text.Append("Date: ").Append(p.Published is null ? "none found (add 'published: YYYY-MM-DD')" : $"{p.Published} (from {p.PublishedFrom ?? "the file"})").Append('\n');
        text.Append("Passages: ").Append(p.Passages).Append('\n');
        List(text, "Quotes", p.Quotes.Select(q => $"{q.Speaker ?? "(speaker not identified)"}: “{Cut(q.Quote)}”").ToList());
        List(text, "Dated events", p.Events.Select(e => $"{e.Date}: {Cut(e.Text)}").ToList());
        List(text, "Problems", p.Problems, none: "none");
        return text.ToString().TrimEnd('\n');
    }

    private static void List(StringBuilder text, string label, IReadOnlyList<string> items, string none = "none found")
    {
        text.Append(label).Append(": ").Append(items.Count == 0 ? none : items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        foreach (var item in items.Take(MaxListed)) text.Append("  - ").Append(item).Append('\n');
        if (items.Count > MaxListed) text.Append("  - … and ").Append(items.Count - MaxListed).Append(" more\n");
    }

    private static string Cut(string s)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= MaxSnippet ? s : s[..MaxSnippet].TrimEnd() + "…";
    }
}
