using System.Text.RegularExpressions;
namespace PeaceBot.Import.Extraction;

/// <summary>
/// Page chrome that survives article extraction inside the article body, recognised by what it says and how it is
/// built: "Read more" and "Related" teasers, link-only lines, share and newsletter prompts, photo credits, the byline
/// repeated as a paragraph, and wire credit lines ("Reporting by …; Editing by …"). Each test is narrow: a sentence
/// of the article that merely starts with such a word is kept.
/// </summary>
public static partial class ChromeFilter
{
    private const int ShortLine = 160;

    /// <param name="linkChars">How many of the block's characters are link text.</param>
    public static bool IsChrome(string text, int linkChars, string? byline)
    {
        if (text.Length == 0) return true;
        if (byline is not null && string.Equals(text, Normalize(byline), StringComparison.OrdinalIgnoreCase)) return true;
        if (text.Length > ShortLine) return false;
        if (Teaser().IsMatch(text) && linkChars > 0) return true;
        if (linkChars > 0 && linkChars >= text.Length * 0.8) return true;
        return Prompt().IsMatch(text) || Credit().IsMatch(text) || PhotoCredit().IsMatch(text);
    }

    public static string Normalize(string text) => Spaces().Replace(text.Replace('\u00A0', ' '), " ").Trim();

    [GeneratedRegex(@"^(?:read more|read also|also read|more on this|related|related stories|related articles|see also|watch|listen|recommended|further reading|more coverage)\b\s*[:|—–\-»]", RegexOptions.IgnoreCase)]
    private static partial Regex Teaser();

    [GeneratedRegex(@"^(?:share (?:this|on|via)\b|follow us\b|sign up (?:for|to)\b|subscribe (?:to|for|now)\b|click here\b|copy link$|advertisement$|story continues below|continue reading$)", RegexOptions.IgnoreCase)]
    private static partial Regex Prompt();

    [GeneratedRegex(@"^(?:additional )?(?:reporting|writing|editing|edited|compiled) by\b[^.!?]*(?:;[^.!?]*)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Credit();

    [GeneratedRegex(@"^(?:photo|photograph|image|picture|video)(?: credit)?s?\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
