using PeaceBot.Core.Extraction.Vocabulary;

namespace PeaceBot.Core.Extraction.Dates;

/// <summary>
/// Navigation and teaser lines copied along with an article ("READ MORE: …", "Related: …"). Their dates belong to
/// other stories, so they make no timeline events.
/// </summary>
internal static class PageChrome
{
    private static readonly string[] Openings = [.. WordLists.Lines("page-chrome")];

    public static bool IsChrome(ReadOnlySpan<char> paragraph)
    {
        foreach (var opening in Openings)
            if (paragraph.StartsWith(opening, StringComparison.Ordinal)) return true;
        return false;
    }
}
