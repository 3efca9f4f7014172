using System.Globalization;
using System.Text;
using PeaceBot.Core.Answers;
using PeaceBot.Core.Knowledge;

namespace PeaceBot.Core.Handlers;

/// <summary>/status and the report after /reload: counts, last reload, and each problem as file:line: message.</summary>
internal static class StatusHandler
{
    public const int MaxProblemsShown = 20;

    public static Answer Handle(KnowledgeStatus status) =>
        new(AnswerKind.Status, Describe(status), []);

    public static Answer Reloaded(ReloadReport report)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture,
            $"Reloaded in {report.Duration.TotalMilliseconds:0} ms: {report.Added} added, {report.Changed} changed, {report.Removed} removed, {report.Unchanged} unchanged.\n");
        sb.Append(Describe(report.Status));
        return new Answer(AnswerKind.Reload, sb.ToString(), []);
    }

    public static string Describe(KnowledgeStatus s)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture,
            $"{s.Files} files, {s.Passages} passages, {s.Quotes} quotes, {s.Events} dated events, {s.Plans} plans ({s.PlanPoints} points).");
        if (s.LastReload is { } at)
            sb.Append(CultureInfo.InvariantCulture, $" Last reload {at:yyyy-MM-dd HH:mm:ss} UTC ({s.LastReloadDuration.TotalMilliseconds:0} ms).");
        if (s.Problems.Count == 0)
        {
            sb.Append(" No problems.");
            return sb.ToString();
        }
        sb.Append(CultureInfo.InvariantCulture, $"\n{s.Problems.Count} problem{(s.Problems.Count == 1 ? "" : "s")}:");
        foreach (var p in s.Problems.Take(MaxProblemsShown)) sb.Append('\n').Append(p);
        if (s.Problems.Count > MaxProblemsShown) sb.Append(CultureInfo.InvariantCulture, $"\n… and {s.Problems.Count - MaxProblemsShown} more (run peacebot check).");
        return sb.ToString();
    }
}
