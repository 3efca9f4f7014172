using System.Text;
using PeaceBot.Core.Answers;

namespace PeaceBot.Terminal;

/// <summary>
/// Answers as plain text for a terminal: the message, then each snippet with who, when and where. Lines wrap to the
/// terminal's width at word boundaries; a plan point's sub-items stand on their own lines; a source is cited in full
/// once per answer (its publisher cut to its first part) and by its number after that; a /sources entry names its
/// title once.
/// </summary>
public static class TextRenderer
{
    public const string ChatMoreHint = "(more: type 'more')";

    /// <summary>A publisher longer than this is cut at a word and ends with "…".</summary>
    public const int MaxPublisher = 60;

    /// <param name="moreHint">How to get the next page where this text is read (chat types "more"; one-shot ask passes --page).</param>
    /// <param name="width">The terminal's columns to wrap to; 0 keeps each line whole (output to a file or pipe).</param>
    public static string Render(Answer answer, int pageSize = 5, string moreHint = ChatMoreHint, int width = 0)
    {
        var lines = new List<string>();
        foreach (var line in Capitalised(answer.Message).Split('\n')) lines.Add(TextWrap.Wrap("", line, "", width));
        var n = (answer.Page - 1) * pageSize;
        var cited = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in answer.Results)
        {
            lines.Add("");
            var number = ++n;
            var first = $"{number}. ";
            var hanging = new string(' ', first.Length);
            var isSource = answer.Kind == AnswerKind.Sources && r.Text == r.Source.Title;
            if (isSource)
            {
                lines.Add(TextWrap.Wrap(first, r.Source.Title, hanging, width));
            }
            else
            {
                var label = r.Point is { } point ? $"[{r.PlanName ?? r.Plan} · point {point}] "
                    : r.Date is { } when && r.Speaker is null ? $"[{when}] " : "";
                var (head, items) = SubItems(r.Point is null ? [r.Text] : r.Text.Split('\n'));
                var who = r.Speaker is null ? "" : Capitalised(r.Speaker) + ": ";
                // A snippet that already opens with a quotation mark is shown as it stands, not wrapped in a second pair.
                var quoted = !(head.Length > 0 && OpeningQuotes.Contains(head[0]));
                var close = quoted ? "”" : "";
                lines.Add(TextWrap.Wrap(first, label + who + (quoted ? "“" : "") + head + (items.Count == 0 ? close : ""), hanging, width));
                for (var i = 0; i < items.Count; i++)
                    lines.Add(TextWrap.Wrap(hanging + "  ", items[i] + (i == items.Count - 1 ? close : ""), hanging + "    ", width));
            }

            if (cited.TryGetValue(r.Source.File, out var earlier))
            {
                lines.Add($"   — same source as {earlier}");
                continue;
            }
            cited[r.Source.File] = number;
            lines.Add(TextWrap.Wrap("   — ", Citation(r.Source, withTitle: !isSource), "     ", width));
            if (r.Source.Url is { } url) lines.Add("     " + url);
            lines.Add("     " + r.Source.File);
        }
        if (answer.HasMore) { lines.Add(""); lines.Add(TextWrap.Wrap("", moreHint, "", width)); }
        return string.Join(Environment.NewLine, string.Join('\n', lines).TrimEnd().Split('\n'));
    }

    private static string Citation(SourceInfo source, bool withTitle)
    {
        var parts = new List<string>();
        if (withTitle) parts.Add(source.Title);
        if (source.Publisher is { } publisher) parts.Add(ShortPublisher(publisher));
        var text = string.Join(", ", parts);
        if (source.Published is { } published) text += (text.Length > 0 ? " " : "") + $"({published})";
        return text;
    }

    // "Axios and The Telegraph (full draft text); also posted by …" → "Axios and The Telegraph".
    private static string ShortPublisher(string publisher)
    {
        var cut = publisher.IndexOfAny([';', '(']);
        var head = (cut > 0 ? publisher[..cut] : publisher).Trim().TrimEnd(',');
        if (head.Length <= MaxPublisher) return head;
        var space = head.LastIndexOf(' ', MaxPublisher);
        return head[..(space > 0 ? space : MaxPublisher)].TrimEnd(',', ' ') + "…";
    }

    // A plan point's "- a. …" lines are sub-items: the point's own words first, then one line each.
    private static (string Head, List<string> Items) SubItems(string[] lines)
    {
        var head = new List<string>();
        var items = new List<string>();
        foreach (var raw in lines)
        {
            var line = Flat(raw);
            if (line.StartsWith("- ", StringComparison.Ordinal) && (head.Count > 0 || items.Count > 0)) items.Add(line);
            else if (items.Count > 0) items[^1] += " " + line;
            else head.Add(line);
        }
        return (string.Join(' ', head.Where(h => h.Length > 0)), items);
    }

    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private const string OpeningQuotes = "“\"«‘„‚'";

    // A sentence (the message, or a line starting with a role speaker: "a Kremlin-linked analyst") starts with a capital.
    private static string Capitalised(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;
}
