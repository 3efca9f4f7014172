using System.Text;

namespace PeaceBot.Discord.Rendering;

/// <summary>
/// Makes text from the knowledge or the user inert in Discord: Markdown and mention syntax are escaped so
/// "[x](http://…)" never becomes a link and "@everyone" or "&lt;@id&gt;" never looks like a mention.
/// (allowed_mentions already stops any ping.)
/// </summary>
public static class DiscordMarkdown
{
    private const string Special = "\\*_~`|>[]()#<@:-";

    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (Special.Contains(c)) sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Cuts to at most <paramref name="max"/> characters at a word boundary, marking the cut with an ellipsis.</summary>
    public static string Cut(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', Math.Max(0, max - 2), Math.Min(max - 1, 80));
        var end = cut > 0 ? cut : max - 1;
        if (end > 0 && char.IsHighSurrogate(text[end - 1])) end--;
        // Never leave a dangling escape backslash.
        var kept = text[..end].TrimEnd();
        if (kept.EndsWith('\\') && !kept.EndsWith("\\\\", StringComparison.Ordinal)) kept = kept[..^1];
        return kept + "…";
    }
}
