namespace PeaceBot.Core.Text;

/// <summary>Words that end in a period without ending a sentence ("Gen. Smith", "Jan. 24").</summary>
internal static class Abbreviations
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "gov", "sen",
        "rep", "pres", "amb", "sec", "gens", "rev", "hon", "st", "sr", "jr", "mt", "ft", "no", "vs", "etc", "approx",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "ltd", "co",
        "dept", "univ", "est", "fig", "vol", "op", "cf", "al", "e.g", "i.e", "a.m", "p.m",
    };

    /// <summary>True when <paramref name="word"/> (the text before a period, no period) is an abbreviation or an initial.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return false;
        // Initials and dotted acronyms: "J", "U.S", "J.D".
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        if (word.Length <= 5 && word.Contains('.') && IsDottedAcronym(word)) return true;
        return Known.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (c != '.' && !char.IsLetter(c)) return false;
        return true;
    }
}
