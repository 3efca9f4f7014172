using System.Text;

namespace PeaceBot.Terminal;

/// <summary>
/// Wraps a line to a terminal's width at word boundaries, continuation lines under a hanging indent, so a terminal
/// never breaks a word in two ("Fe/bruary"). A word longer than the line (a link) stands alone, whole.
/// </summary>
public static class TextWrap
{
    /// <param name="width">Columns; 0 or less leaves the line as it is.</param>
    public static string Wrap(string first, string text, string hanging, int width)
    {
        if (width <= 0 || first.Length + text.Length <= width) return first + text;
        var sb = new StringBuilder();
        var line = new StringBuilder(first);
        var empty = true;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!empty && line.Length + 1 + word.Length > width)
            {
                sb.Append(line.ToString().TrimEnd()).Append('\n');
                line.Clear().Append(hanging);
                empty = true;
            }
            if (!empty) line.Append(' ');
            line.Append(word);
            empty = false;
        }
        return sb.Append(line).ToString();
    }
}
