using System.Globalization;
using System.Text;
using PeaceBot.Core.Answers;
using static PeaceBot.WebConsole.Html;

namespace PeaceBot.WebConsole;

/// <summary>Dated events per month as a bar chart; each month links to its events (the same answer <c>/timeline YYYY-MM</c> gives).</summary>
public static class TimelinePage
{
    public static string Render(IReadOnlyList<KeyValuePair<string, int>> months, string? month, Answer? events, string csrf)
    {
        var b = new StringBuilder();
        if (months.Count == 0) b.Append("<p>No dated events in the knowledge yet.</p>");
        else
        {
            var max = Math.Max(1, months.Max(m => m.Value));
            b.Append("<p>Events per month; choose a month to list its events.</p><table id=\"chart\" aria-label=\"Events per month\"><tbody>");
            foreach (var (m, count) in months)
            {
                var width = Math.Max(2, count * 100 / max);
                var current = m == month ? " aria-current=\"true\"" : "";
                b.Append($"<tr><th scope=\"row\"><a href=\"/console/timeline?month={E(m)}\"{current}>{E(Label(m))}</a></th>")
                 .Append($"<td style=\"width:70%\"><span class=\"bar\" style=\"width:{width}%\"></span> <span class=\"count\">{N(count)}</span></td></tr>");
            }
            b.Append("</tbody></table>");
        }
        if (month is not null && events is not null)
        {
            b.Append($"<h2 id=\"month\">{E(Label(month))}</h2><p>{E(events.Message)}</p><ol id=\"events\">");
            foreach (var r in events.Results)
                b.Append($"<li><strong>{E(r.Date?.ToString() ?? "")}</strong> <blockquote>{E(r.Text)}</blockquote><span class=\"muted\">{E(r.Source.Title)} ({E(r.Source.File)})</span></li>");
            b.Append("</ol>");
        }
        return Page("Timeline", b.ToString(), csrf, "/console/timeline");
    }

    public static string Label(string month) =>
        DateTime.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.ToString("MMMM yyyy", CultureInfo.InvariantCulture) : month;
}
