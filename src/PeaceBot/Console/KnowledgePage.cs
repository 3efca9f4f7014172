using System.Text;
using PeaceBot.Core.Engine;
using PeaceBot.Core.Index;
using PeaceBot.Core.Knowledge;
using static PeaceBot.WebConsole.Html;

namespace PeaceBot.WebConsole;

/// <summary>The console's first page: each knowledge file with what it contributes, the problems found, the last reload.</summary>
public static class KnowledgePage
{
    public sealed record View(KnowledgeStatus Status, IReadOnlyList<FileCensus> Files);

    public static View Read(KnowledgeService knowledge)
    {
        using var lease = knowledge.Acquire();
        var status = lease.Snapshot?.Status ?? knowledge.Status;
        return new View(status, lease.Snapshot is { } s ? KnowledgeCensus.Files(s) : []);
    }

    public static string Render(View view, string csrf, string? notice)
    {
        var s = view.Status;
        var b = new StringBuilder();
        if (notice is not null) b.Append($"<p role=\"status\">{E(notice)}</p>");
        b.Append($"<p>{N(s.Files)} files · {N(s.Passages)} passages · {N(s.Quotes)} quotes · {N(s.Events)} dated events · {N(s.PlanPoints)} plan points. ");
        b.Append($"Last reload: <span id=\"last-reload\">{E(When(s.LastReload))}</span> ({s.LastReloadDuration.TotalMilliseconds:0} ms).</p>");
        b.Append($"<form method=\"post\" action=\"/console/reload\">{CsrfField(csrf)}<button type=\"submit\" id=\"reload\">Reload knowledge now</button></form>");
        b.Append($"<h2 id=\"problems\">Problems ({N(s.Problems.Count)})</h2>");
        if (s.Problems.Count == 0) b.Append("<p>None.</p>");
        else
        {
            b.Append("<ul class=\"problems\">");
            foreach (var p in s.Problems) b.Append($"<li class=\"problem\">{E(p.ToString())}</li>");
            b.Append("</ul>");
        }
        b.Append("<h2>Files</h2><div class=\"scroll\"><table id=\"files\"><thead><tr><th>File</th><th class=\"n\">Passages</th><th class=\"n\">Quotes with speakers</th><th class=\"n\">Dated events</th><th class=\"n\">Plan points</th></tr></thead><tbody>");
        foreach (var f in view.Files)
            b.Append($"<tr><td><strong>{E(f.File)}</strong><br><span class=\"muted\">{E(f.Title)}{(f.Published is { } p ? " · " + E(p) : "")}</span></td>")
             .Append($"<td class=\"n\">{N(f.Passages)}</td><td class=\"n\">{N(f.Quotes)}</td><td class=\"n\">{N(f.Events)}</td><td class=\"n\">{N(f.PlanPoints)}</td></tr>");
        b.Append("</tbody></table></div>");
        return Page("Knowledge", b.ToString(), csrf, "/console");
    }
}
