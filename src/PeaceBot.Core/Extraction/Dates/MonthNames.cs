using PeaceBot.Core.Extraction.Vocabulary;

namespace PeaceBot.Core.Extraction.Dates;

/// <summary>
/// The one source of English month names: their usual abbreviations ("Sept.", "Aug") as regex groups, a lookup from
/// a written name to its number, and the names as shown in answers ("November").
/// </summary>
internal static class MonthNames
{
    /// <summary>Full names and abbreviations, capitalised: a lower-case "may" or "march" is a verb.</summary>
    public const string Pattern =
        @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)";

    /// <summary>Full names only: an abbreviation alone ("Oct.") is too weak a sign of a date.</summary>
    public const string FullPattern =
        "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

    private static readonly string[] Full = [.. WordLists.Lines("month-names")];

    /// <summary>The twelve names as answers show them, January first.</summary>
    public static IReadOnlyList<string> Display { get; } =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>The shown name of month 1–12.</summary>
    public static string Name(int month) => Display[month - 1];

    public static int? Parse(string name)
    {
        var key = name.TrimEnd('.').ToLowerInvariant();
        if (key == "sept") return 9;
        for (var i = 0; i < Full.Length; i++)
            if (key == Full[i] || (key.Length == 3 && Full[i].StartsWith(key, StringComparison.Ordinal))) return i + 1;
        return null;
    }

    /// <summary>"May" and "March" are also a modal and a verb/noun, so alone they need a preposition to be months.</summary>
    public static bool IsAmbiguous(int month) => month is 3 or 5;
}
