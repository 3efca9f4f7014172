namespace PeaceBot.Core.Tests.Support;

/// <summary>
/// Reads golden answer specs (Markdown, in the spirit of Markdig's spec tests): a <c>knowledge:</c> line picks the
/// folder (bundled or fixture), each <c>## title</c> starts a case, its <c>&gt; /command</c> line is the input and
/// its <c>- key: value</c> lines are the expectations.
/// </summary>
public static class AnswerSpecReader
{
    public static IEnumerable<AnswerSpecCase> ReadFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*.md").OrderBy(f => f, StringComparer.Ordinal).SelectMany(Read);

    public static IEnumerable<AnswerSpecCase> Read(string path)
    {
        var name = Path.GetFileName(path);
        var knowledge = "bundled";
        string? title = null, command = null;
        var line = 0;
        var start = 0;
        var expectations = new List<(string, string)>();
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            var text = raw.Trim();
            if (text.StartsWith("knowledge:", StringComparison.Ordinal) && title is null)
                knowledge = text["knowledge:".Length..].Trim();
            else if (text.StartsWith("## ", StringComparison.Ordinal))
            {
                if (Case() is { } c) yield return c;
                title = text[3..].Trim();
                start = line;
                command = null;
                expectations = [];
            }
            else if (text.StartsWith("> ", StringComparison.Ordinal) && title is not null)
                command = text[2..];
            else if (text.StartsWith("- ", StringComparison.Ordinal) && title is not null && text.IndexOf(": ", StringComparison.Ordinal) is var colon and > 2)
                expectations.Add((text[2..colon].Trim(), text[(colon + 2)..].Trim()));
        }
        if (Case() is { } last) yield return last;

        AnswerSpecCase? Case() =>
            title is null ? null
            : command is null ? throw new InvalidDataException($"{name}:{start}: case '{title}' has no '> command' line")
            : new AnswerSpecCase(name, start, title, knowledge, command, expectations);
    }
}
