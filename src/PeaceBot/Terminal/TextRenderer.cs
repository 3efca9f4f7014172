using System.Text;
using PeaceBot.Core.Answers;

namespace PeaceBot.Terminal;

/// <summary>Answers as plain text for a terminal: the message, then each snippet with who, when and where.</summary>
public static class TextRenderer
{
    public static string Render(Answer answer, int pageSize = 5)
    {
        var sb = new StringBuilder();
        sb.AppendLine(answer.Message);
        var n = (answer.Page - 1) * pageSize;
        foreach (var r in answer.Results)
        {
            sb.AppendLine();
            var label = r.Point is { } point ? $"[{r.PlanName ?? r.Plan} · point {point}] "
                : r.Date is { } when && r.Speaker is null ? $"[{when}] " : "";
            sb.Append(++n).Append(". ").Append(label).AppendLine(r.Speaker is null ? Quote(r.Text) : $"{r.Speaker}: {Quote(r.Text)}");
            sb.Append("   — ").Append(r.Source.Title);
            if (r.Source.Publisher is { } publisher) sb.Append(", ").Append(publisher);
            if (r.Source.Published is { } published) sb.Append(" (").Append(published).Append(')');
            sb.AppendLine();
            if (r.Source.Url is { } url) sb.Append("     ").AppendLine(url);
            sb.Append("     ").AppendLine(r.Source.File);
        }
        if (answer.HasMore) sb.AppendLine().AppendLine("(more: type 'more')");
        return sb.ToString().TrimEnd();
    }

    private static string Quote(string text) => $"“{string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))}”";
}
