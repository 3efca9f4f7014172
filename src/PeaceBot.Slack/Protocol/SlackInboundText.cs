using System.Text.RegularExpressions;

namespace PeaceBot.Slack.Protocol;

/// <summary>
/// What a person typed, from the text Slack delivers: links (<c>&lt;https://…|label&gt;</c>), channel
/// (<c>&lt;#C…&gt;</c>), user (<c>&lt;@U…&gt;</c>) and special (<c>&lt;!here&gt;</c>) references are dropped — they are
/// no words to search for — and Slack's three escapes <c>&amp;amp;</c>, <c>&amp;lt;</c>, <c>&amp;gt;</c> are decoded,
/// so the reply does not escape them a second time. Runs of spaces left behind collapse to one.
/// </summary>
internal static partial class SlackInboundText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var bare = Reference().Replace(text, " ");
        // &amp; last, so "&amp;lt;" (a typed "&lt;") stays "&lt;".
        var decoded = bare.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);
        return Spaces().Replace(decoded, " ").Trim();
    }

    // Slack's own markup is the only place a raw '<' appears: a typed one arrives as &lt;.
    [GeneratedRegex(@"<(?:[@#!][^<>]*|(?:https?|mailto|tel|ftp):[^<>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();
}
