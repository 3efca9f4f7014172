namespace PeaceBot.Core.Extraction.Dates;

/// <summary>English month names and their usual abbreviations ("Sept.", "Aug"), as a regex group and a lookup.</summary>
internal static class MonthNames
{
    public const string Pattern =
        @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)";

    private static readonly string[] Full =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static int? Parse(string name)
    {
        var key = name.TrimEnd('.').ToLowerInvariant();
        if (key == "sept") return 9;
        for (var i = 0; i < Full.Length; i++)
            if (key == Full[i] || (key.Length == 3 && Full[i].StartsWith(key, StringComparison.Ordinal))) return i + 1;
        return null;
    }
}
