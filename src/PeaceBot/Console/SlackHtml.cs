using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using static PeaceBot.WebConsole.Html;

namespace PeaceBot.WebConsole;

/// <summary>
/// A Slack message payload (Block Kit) as HTML for "Try it": sections (mrkdwn: quotes, bold, links), context lines and
/// buttons, with the raw JSON beside it. It reads the JSON the Slack adapter sends; it renders nothing of its own.
/// </summary>
public static partial class SlackHtml
{
    public static string Render(JsonObject message)
    {
        var b = new StringBuilder("<div class=\"render slack\">");
        foreach (var block in message["blocks"]?.AsArray() ?? [])
        {
            switch (block?["type"]?.GetValue<string>())
            {
                case "section":
                    b.Append("<div class=\"section\">").Append(Mrkdwn(block["text"]?["text"]?.GetValue<string>())).Append("</div>");
                    break;
                case "context":
                    var parts = (block["elements"]?.AsArray() ?? []).Select(e => Inline(e?["text"]?.GetValue<string>()));
                    b.Append("<small class=\"muted context\">").Append(string.Join(" · ", parts)).Append("</small>");
                    break;
                case "actions":
                    b.Append("<p class=\"actions\">");
                    foreach (var e in block["elements"]?.AsArray() ?? [])
                        b.Append($"<button type=\"button\" disabled>{E(e?["text"]?["text"]?.GetValue<string>())}</button> ");
                    b.Append("</p>");
                    break;
            }
        }
        b.Append($"<details><summary>JSON</summary><pre>{E(message.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))}</pre></details></div>");
        return b.ToString();
    }

    /// <summary>Lines starting with "&gt; " (Slack's blockquote marker) become one blockquote; the rest are paragraphs.</summary>
    private static string Mrkdwn(string? text)
    {
        var b = new StringBuilder();
        var quote = new List<string>();
        void Flush()
        {
            if (quote.Count == 0) return;
            b.Append("<blockquote>").Append(string.Join("<br>", quote.Select(Inline))).Append("</blockquote>");
            quote.Clear();
        }
        foreach (var line in (text ?? "").Split('\n'))
        {
            // A raw '>' opens a quote line: text's own '>' arrives escaped as &gt;.
            if (line.StartsWith("> ", StringComparison.Ordinal) || line == ">") quote.Add(line.Length > 2 ? line[2..] : "");
            else
            {
                Flush();
                if (line.Length > 0) b.Append("<p>").Append(Inline(line)).Append("</p>");
            }
        }
        Flush();
        return b.ToString();
    }

    /// <summary>One line of mrkdwn: <c>&lt;url|label&gt;</c> links and <c>*bold*</c>; Slack's own escapes undone, then HTML-encoded.</summary>
    private static string Inline(string? mrkdwn)
    {
        var b = new StringBuilder();
        var last = 0;
        var text = mrkdwn ?? "";
        foreach (Match m in Link().Matches(text))
        {
            b.Append(Bold(text[last..m.Index]));
            var url = WebUtility.HtmlDecode(m.Groups[1].Value);
            var label = Bold(m.Groups[2].Value);
            b.Append(Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"
                ? $"<a href=\"{E(url)}\" rel=\"noreferrer noopener\">{label}</a>" : label);
            last = m.Index + m.Length;
        }
        b.Append(Bold(text[last..]));
        return b.ToString();
    }

    private static string Bold(string mrkdwn)
    {
        var parts = mrkdwn.Split('*');
        if (parts.Length < 3) return E(WebUtility.HtmlDecode(mrkdwn));
        var b = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            var piece = E(WebUtility.HtmlDecode(parts[i]));
            var closed = i % 2 == 1 && i < parts.Length - 1;
            b.Append(closed ? $"<strong>{piece}</strong>" : i % 2 == 1 ? "*" + piece : piece);
        }
        return b.ToString();
    }

    [GeneratedRegex(@"<([^|<>]+)\|([^<>]*)>")]
    private static partial Regex Link();
}
