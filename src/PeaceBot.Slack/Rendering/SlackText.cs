using System.Globalization;
using System.Text;

namespace PeaceBot.Slack.Rendering;

/// <summary>Escaping and length limits for Slack mrkdwn built from untrusted text.</summary>
internal static class SlackText
{
    /// <summary>Slack's three control characters; escaping them stops <c>&lt;!here&gt;</c>, <c>&lt;@U…&gt;</c> and fake links.</summary>
    public static string Escape(string? text) =>
        string.IsNullOrEmpty(text) ? "" : text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>Cuts to at most <paramref name="max"/> UTF-16 units, on a word boundary when one is near, ending with an ellipsis.
    /// Never splits a surrogate pair or an escape entity.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = max - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1])) cut--;
        var amp = text.LastIndexOf('&', cut - 1 < 0 ? 0 : cut - 1);
        if (amp >= 0 && amp > cut - 6 && text.IndexOf(';', amp) >= cut) cut = amp;
        var space = text.LastIndexOf(' ', cut - 1 < 0 ? 0 : cut - 1);
        if (space > cut - 40 && space > 0) cut = space;
        return text[..cut].TrimEnd() + "…";
    }

    /// <summary>A mrkdwn link when the URL is a plain http(s) URL, else just the escaped label.</summary>
    public static string Link(string? url, string label)
    {
        var escapedLabel = Escape(label);
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            return escapedLabel;
        var target = Escape(uri.AbsoluteUri).Replace("|", "%7C");
        return $"<{target}|{escapedLabel}>";
    }

    /// <summary>Quote block: every line prefixed with '&gt;' (Slack's blockquote), text escaped.</summary>
    public static string Quote(string text)
    {
        var sb = new StringBuilder();
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (sb.Length > 0) sb.Append('\n');
            sb.Append("> ").Append(Escape(line));
        }
        return sb.ToString();
    }

    public static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
