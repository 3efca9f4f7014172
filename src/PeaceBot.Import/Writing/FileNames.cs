using System.Globalization;
using System.Text;

namespace PeaceBot.Import.Writing;

/// <summary>File names for imported articles: the title in lower case, ASCII letters and digits joined by hyphens.</summary>
public static class FileNames
{
    public const int MaxSlugChars = 80;

    public static string Slug(string title)
    {
        var folded = title.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’') continue;
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9') slug.Append(lower);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var s = slug.ToString().Trim('-');
        if (s.Length > MaxSlugChars)
        {
            var cut = s.LastIndexOf('-', MaxSlugChars);
            s = s[..(cut > MaxSlugChars / 2 ? cut : MaxSlugChars)];
        }
        return s.Length == 0 ? "article" : s;
    }

    /// <summary>A plain file name of the folder (no path), ending .md or .txt, or null.</summary>
    public static string? AsKnowledgeFileName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        name = name.Trim();
        if (name.IndexOfAny(['/', '\\', '\0']) >= 0 || name.StartsWith('.') || name.Length > 200) return null;
        return name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? name : null;
    }
}
