using System.Text.RegularExpressions;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Plans;

/// <summary>
/// Reads a plan body: a numbered list whose items start a line ("7. text", "7) text", "**7.** text", "## 7. text",
/// "Point 7: text"). Indented lines and sub-items ("- a. …") up to the next numbered item belong to that point.
/// </summary>
public static partial class PlanParser
{
    public sealed record Result(IReadOnlyList<PlanPoint> Points, IReadOnlyList<(int Line, string Message)> Problems);

    [GeneratedRegex(@"^(?:#{1,6}[ \t]*)?(?:\*\*)?(?:(?:point|article|item|clause)[ \t]+)?(\d{1,3})(?:[.):]|\*\*)+(?:\*\*)?[ \t]+(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PointStart();

    public static Result Parse(string body, int firstLine = 1)
    {
        var points = new List<PlanPoint>();
        var problems = new List<(int, string)>();
        var lineNo = firstLine - 1;
        int? number = null;
        int textStart = 0, textEnd = 0, pointLine = 0;

        var pos = 0;
        while (pos <= body.Length)
        {
            var nl = body.IndexOf('\n', pos);
            var end = nl < 0 ? body.Length : nl;
            lineNo++;
            var match = PointStart().Match(body, pos, end - pos);
            if (match.Success)
            {
                Flush();
                number = int.Parse(match.Groups[1].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
                textStart = match.Index + match.Length;
                textEnd = TrimEnd(body, textStart, end);
                pointLine = lineNo;
            }
            else if (number is not null && !IsBlank(body, pos, end))
            {
                textEnd = TrimEnd(body, pos, end);
            }
            if (nl < 0) break;
            pos = nl + 1;
        }
        Flush();

        Check(points, problems);
        return new Result(points, problems);

        void Flush()
        {
            if (number is { } n && textEnd > textStart)
                points.Add(new PlanPoint(n, TextRange.FromBounds(textStart, textEnd), pointLine));
            number = null;
        }
    }

    private static void Check(List<PlanPoint> points, List<(int, string)> problems)
    {
        if (points.Count == 0)
        {
            problems.Add((1, "a plan needs numbered points ('1. text' on its own line)"));
            return;
        }
        var seen = new Dictionary<int, int>();
        foreach (var p in points)
            if (!seen.TryAdd(p.Number, p.Line))
                problems.Add((p.Line, $"duplicate point {p.Number} (first on line {seen[p.Number]})"));
        var max = seen.Keys.Max();
        var missing = Enumerable.Range(1, max).Where(n => !seen.ContainsKey(n)).ToList();
        if (missing.Count > 0)
            problems.Add((points[0].Line, $"missing point number{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Take(10))}{(missing.Count > 10 ? ", …" : "")} (points run 1 to {max})"));
    }

    private static bool IsBlank(string s, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (!char.IsWhiteSpace(s[i])) return false;
        return true;
    }

    private static int TrimEnd(string s, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(s[end - 1])) end--;
        return end;
    }
}
