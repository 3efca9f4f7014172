using System.Text;
using PeaceBot.Core.Answers;

namespace PeaceBot.Terminal;

/// <summary>Answers as plain text for a terminal: the message, then each snippet with who, when and where.</summary>
public static class TextRenderer
{
    public const string ChatMoreHint = "(more: type 'more')";

    /// <param name="moreHint">How to get the next page where this text is read (chat types "more"; one-shot ask passes --page).</param>
    public static string Render(Answer answer, int pageSize = 5, string moreHint = ChatMoreHint)
    {
        var sb = new StringBuilder();
        sb.AppendLine(Capitalised(answer.Message));
        var n = (answer.Page - 1) * pageSize;
        foreach (var r in answer.Results)
        {
            sb.AppendLine();
            var label = r.Point is { } point ? $"[{r.PlanName ?? r.Plan} · point {point}] "
                : r.Date is { } when && r.Speaker is null ? $"[{when}] " : "";
            sb.Append(++n).Append(". ").Append(label).AppendLine(r.Speaker is null ? Quote(r.Text) : $"{Capitalised(r.Speaker)}: {Quote(r.Text)}");
            sb.Append("   — ").Append(r.Source.Title);
            if (r.Source.Publisher is { } publisher) sb.Append(", ").Append(publisher);
            if (r.Source.Published is { } published) sb.Append(" (").Append(published).Append(')');
            sb.AppendLine();
            if (r.Source.Url is { } url) sb.Append("     ").AppendLine(url);
            sb.Append("     ").AppendLine(r.Source.File);
        }
        if (answer.HasMore) sb.AppendLine().AppendLine(moreHint);
        return sb.ToString().TrimEnd();
    }

    // A snippet that already opens with a quotation mark is shown as it stands, not wrapped in a second pair.
    private static string Quote(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length > 0 && OpeningQuotes.Contains(flat[0]) ? flat : $"“{flat}”";
    }

    private const string OpeningQuotes = "“\"«‘„‚'";

    // A sentence (the message, or a line starting with a role speaker: "a Kremlin-linked analyst") starts with a capital.
    private static string Capitalised(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;
}
