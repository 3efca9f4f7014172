using System.Globalization;
using System.Text;

namespace PeaceBot.Core.Knowledge;

/// <summary>
/// A problem in a knowledge file, reported as <c>file:line: message</c> (file relative to the knowledge folder).
/// Control characters (a newline in a file name) are written as escapes, so one problem is always one line.
/// </summary>
public sealed record KnowledgeProblem(string File, int Line, string Message)
{
    public override string ToString() => $"{OneLine(File)}:{Line}: {OneLine(Message)}";

    /// <summary>The text with every control character escaped (<c>\n</c>, <c>\t</c>, <c>\u001b</c>).</summary>
    public static string OneLine(string text)
    {
        if (!text.Any(char.IsControl)) return text;
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!char.IsControl(c)) { sb.Append(c); continue; }
            sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
            });
        }
        return sb.ToString();
    }
}
