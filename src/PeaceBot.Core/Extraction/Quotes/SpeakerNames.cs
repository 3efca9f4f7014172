using System.Globalization;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>Spelling clean-up for names: ALL-CAPS words to title case ("Donald TRUMP" → "Donald Trump"), titles dropped.</summary>
internal static class SpeakerNames
{
    public static string NormalizeCaps(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
            if (IsAllCaps(words[i])) words[i] = TitleCase(words[i]);
        return string.Join(' ', words);
    }

    /// <summary>Drops the titles in front of a name ("President Trump" → "Trump"); the whole phrase if it is only titles.</summary>
    public static string WithoutTitles(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = 0;
        for (var i = 0; i < words.Length - 1; i++)
            if (SpeakerWords.IsTitle(words[i])) first = i + 1;
        return string.Join(' ', words[first..]);
    }

    public static string LastWord(string name)
    {
        var space = name.LastIndexOf(' ');
        return space < 0 ? name : name[(space + 1)..];
    }

    private static bool IsAllCaps(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c) || c == '.') return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 3;
    }

    // "O'BRIEN" → "O'Brien", "SMITH-JONES" → "Smith-Jones".
    private static string TitleCase(string word)
    {
        var chars = word.ToLower(CultureInfo.InvariantCulture).ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (i == 0 || chars[i - 1] == '-' || (i == 2 && chars[1] is '\'' or '’'))
                chars[i] = char.ToUpper(chars[i], CultureInfo.InvariantCulture);
        return new string(chars);
    }
}
