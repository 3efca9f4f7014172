using System.Globalization;

namespace PeaceBot.Discord.Rendering;

/// <summary>Shortens text to a limit without splitting a surrogate pair or grapheme, ending with "…".</summary>
public static class TextClip
{
    public static string To(string text, int max)
    {
        if (max <= 0) return "";
        if (text.Length <= max) return text;
        var cut = 0;
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            var end = e.ElementIndex + e.GetTextElement().Length;
            if (end > max - 1) break;
            cut = end;
        }
        return text[..cut].TrimEnd() + "…";
    }
}
