using System.Globalization;
using System.Text.RegularExpressions;
using PeaceBot.Core.Dates;

namespace PeaceBot.Core.Extraction.Dates;

/// <summary>Small helpers the rules share: reading regex groups and building only valid dates.</summary>
internal static class DateParts
{
    public const string Year = @"(?:19|20)\d\d";

    /// <summary>The word before a month or season name: "last", "next", "this"; anything else is the nearest one.</summary>
    public static MonthAnchor Anchor(string word) => word.ToLowerInvariant() switch
    {
        "last" => MonthAnchor.Last,
        "next" => MonthAnchor.Next,
        "this" => MonthAnchor.This,
        _ => MonthAnchor.Nearest,
    };

    public static int? Int(Match m, string group) =>
        m.Groups[group].Success && int.TryParse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>A date from parts that may be missing or out of range (null then), within years news prose means.</summary>
    public static PartialDate? Make(int? year, int? month, int? day)
    {
        if (year is not { } y || y is < 1900 or > 2100) return null;
        if (month is < 1 or > 12) return null;
        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(y, month.Value))) return null;
        return new PartialDate(y, month, day);
    }

    public static PartialDate Day(DateTime d) => new(d.Year, d.Month, d.Day);

    public static PartialDate Month(DateTime d) => new(d.Year, d.Month);

    /// <summary>"three" → 3, "a" → 1, "12" → 12; null for words it does not know.</summary>
    public static int? Number(string word) => word.ToLowerInvariant() switch
    {
        "a" or "an" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7,
        "eight" => 8, "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12,
        var digits => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null,
    };
}
