using System.Text;
using PeaceBot.Storage;
using static PeaceBot.WebConsole.Html;

namespace PeaceBot.WebConsole;

/// <summary>What people asked: unanswered questions grouped (most asked first), answers voted down, recent questions.</summary>
public static class QuestionsPage
{
    public const int Recent = 50;
    public const int Window = 2000;

    public static string Render(IBotStore store, bool logging, string csrf)
    {
        var b = new StringBuilder();
        var (questions, feedback) = store.Counts();
        b.Append($"<p>{N(questions)} questions and {N(feedback)} votes kept ({E(store.Description)}).");
        if (!logging) b.Append(" Question logging is off (<code>Storage:LogQuestions=false</code>): only votes are kept.");
        b.Append("</p>");

        var groups = QuestionGroups.Of(store.Questions(Window, unansweredOnly: true));
        b.Append($"<h2 id=\"unanswered\">No answer found ({N(groups.Count)})</h2>");
        if (groups.Count == 0) b.Append("<p>None.</p>");
        else
        {
            b.Append("<div class=\"scroll\"><table id=\"unanswered-table\"><thead><tr><th>Asked</th><th class=\"n\">Times</th><th class=\"n\">People</th><th>Last asked</th><th>The bot said</th></tr></thead><tbody>");
            foreach (var g in groups)
                b.Append($"<tr><td>{E(g.Example)}</td><td class=\"n\">{N(g.Asked)}</td><td class=\"n\">{N(g.Askers)}</td><td>{E(When(g.Last))}</td><td class=\"answer\">{E(g.Answer)}</td></tr>");
            b.Append("</tbody></table></div>");
        }

        var votes = store.Votes(100);
        b.Append($"<h2 id=\"votes\">Votes ({N(votes.Count)} commands)</h2>");
        if (votes.Count == 0) b.Append("<p>No votes yet.</p>");
        else
        {
            b.Append("<div class=\"scroll\"><table id=\"votes-table\"><thead><tr><th>Command</th><th class=\"n\">👍</th><th class=\"n\">👎</th><th>The bot said</th></tr></thead><tbody>");
            foreach (var v in votes)
                b.Append($"<tr><td>{E(v.Command)}</td><td class=\"n up\">{N(v.Up)}</td><td class=\"n down\">{N(v.Down)}</td><td class=\"answer\">{E(v.Latest.Answer)}</td></tr>");
            b.Append("</tbody></table></div>");
        }

        var recent = store.Questions(Recent);
        b.Append($"<h2 id=\"recent\">Recent questions</h2>");
        if (recent.Count == 0) b.Append("<p>None yet.</p>");
        else
        {
            b.Append("<div class=\"scroll\"><table id=\"recent-table\"><thead><tr><th>When</th><th>Where</th><th>Command</th><th>Outcome</th><th>Cited</th><th>The bot said</th></tr></thead><tbody>");
            foreach (var q in recent)
                b.Append($"<tr><td>{E(When(q.At))}</td><td>{E(q.FrontEnd)}</td><td>{E(q.Command)}</td><td>{E(q.Outcome)}</td><td>{E(string.Join(", ", q.CitedFiles))}</td><td class=\"answer\">{E(q.Answer)}</td></tr>");
            b.Append("</tbody></table></div>");
        }
        return Page("Questions", b.ToString(), csrf, "/console/questions");
    }
}
