namespace PeaceBot.Core.Tests.Support;

/// <summary>
/// Reads extraction specs: <c>## title</c> starts a case, <c>published: …</c> sets its date, <c>mode: …</c> how to read it (<c>transcript</c>), <c>&gt; </c> lines are the
/// input text (a lone <c>&gt;</c> is a blank line), and <c>- …</c> lines are the expected outputs in order
/// (<c>- none</c> for none).
/// </summary>
public static class ExtractionSpecReader
{
    public static IEnumerable<ExtractionSpecCase> ReadFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*.md").OrderBy(f => f, StringComparer.Ordinal).SelectMany(Read);

    public static IEnumerable<ExtractionSpecCase> Read(string path)
    {
        var name = Path.GetFileName(path);
        string? title = null, published = null, mode = null;
        var input = new List<string>();
        var expected = new List<string>();
        int line = 0, start = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            if (raw.StartsWith("## ", StringComparison.Ordinal))
            {
                if (Case() is { } c) yield return c;
                (title, start, published, mode) = (raw[3..].Trim(), line, null, null);
                input = [];
                expected = [];
            }
            else if (title is null) continue;
            else if (raw.StartsWith("published:", StringComparison.Ordinal)) published = raw["published:".Length..].Trim();
            else if (raw.StartsWith("mode:", StringComparison.Ordinal)) mode = raw["mode:".Length..].Trim();
            else if (raw == ">" || raw.StartsWith("> ", StringComparison.Ordinal)) input.Add(raw.Length > 2 ? raw[2..] : "");
            else if (raw.StartsWith("- ", StringComparison.Ordinal)) expected.Add(raw[2..].Trim());
        }
        if (Case() is { } last) yield return last;

        ExtractionSpecCase? Case() => title is null ? null
            : new ExtractionSpecCase(name, start, title, published, string.Join('\n', input), expected.SequenceEqual(["none"]) ? [] : expected.ToList(), mode);
    }
}
