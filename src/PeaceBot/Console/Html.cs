using System.Text.Encodings.Web;

namespace PeaceBot.WebConsole;

/// <summary>The console's page frame and small helpers; every piece of data is HTML-encoded on the way in.</summary>
public static class Html
{
    public static string E(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    public static string N(long n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A whole page: navigation (when logged in), the title and the body.</summary>
    public static string Page(string title, string body, string? csrf, string current = "")
    {
        string Nav(string href, string label) => $"<a href=\"{href}\"{(current == href ? " aria-current=\"page\"" : "")}>{label}</a>";
        var nav = csrf is null ? "" : $"""
            <nav aria-label="Console">{Nav("/console", "Knowledge")} {Nav("/console/questions", "Questions")} {Nav("/console/try", "Try it")} {Nav("/console/timeline", "Timeline")}
            <form method="post" action="/console/logout" class="inline">{CsrfField(csrf)}<button type="submit">Log out</button></form></nav>
            """;
        return $$"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{E(title)}} · PeaceBot console</title>
            <style>
            body{font-family:system-ui,sans-serif;margin:0 auto;max-width:64rem;padding:.75rem;line-height:1.4;color:#1b1b1b}
            nav{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;border-bottom:1px solid #ccc;padding-bottom:.5rem}
            nav a[aria-current]{font-weight:bold}
            a:focus,button:focus,input:focus{outline:3px solid #1a5fb4;outline-offset:2px}
            table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.25rem .4rem;border-bottom:1px solid #ddd;vertical-align:top}
            td.n,th.n{text-align:right}.scroll{overflow-x:auto}
            .problem{font-family:ui-monospace,monospace;word-break:break-word}
            .inline{display:inline}.muted{color:#555}.answer{white-space:pre-wrap;color:#333}
            .bar{background:#1a5fb4;height:1rem;display:inline-block;vertical-align:middle}
            .render{border:1px solid #ccc;border-radius:4px;padding:.5rem;margin:.5rem 0;overflow-x:auto}
            blockquote{border-left:4px solid #999;margin:.25rem 0;padding-left:.5rem}
            input[type=text],input[type=password]{width:100%;max-width:30rem;box-sizing:border-box;padding:.4rem}
            button{padding:.4rem .8rem}
            </style></head>
            <body>{{nav}}<main><h1>{{E(title)}}</h1>
            {{body}}
            </main></body></html>
            """;
    }

    public static string CsrfField(string csrf) => $"<input type=\"hidden\" name=\"csrf\" value=\"{E(csrf)}\">";

    public static string When(DateTimeOffset? at) => at is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture) : "never";
}
