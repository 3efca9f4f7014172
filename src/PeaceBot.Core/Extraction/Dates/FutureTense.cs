using System.Text.RegularExpressions;

namespace PeaceBot.Core.Extraction.Dates;

/// <summary>Whether a sentence's narration looks ahead ("talks will resume in March"), which lets a bare month be the next one.</summary>
internal static partial class FutureTense
{
    // "would" is left out: in news prose it is mostly reported or conditional speech about the past.
    [GeneratedRegex(@"\b(?:will|shall|'ll|next|upcoming|scheduled|expected\s+to|plans?\s+to|planned|due\s+to|is\s+set\s+to|are\s+set\s+to|aims?\s+to|hopes?\s+to|intends?\s+to|seeks?\s+to|wants?\s+to|deadline|^\s*by\s+(?:(?:early|mid|late)[\s-]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Marker();

    // What speakers say in quotes ("Ukraine will not get …") does not make the narration future.
    [GeneratedRegex(@"[""“][^""“”]*[""”]", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    public static bool In(string sentence) => Marker().IsMatch(Quoted().Replace(sentence, " "));
}
