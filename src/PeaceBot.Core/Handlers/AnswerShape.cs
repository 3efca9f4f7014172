using System.Text.RegularExpressions;

namespace PeaceBot.Core.Handlers;

/// <summary>
/// What kind of answer a question asks for — a quantity ("how many", "how much") or a time ("when") — so that among
/// passages that match equally well, the one that holds a number or a date ranks first.
/// </summary>
internal static partial class AnswerShape
{
    public enum Kind { Any, Quantity, Time }

    private const double Preference = 1.3;

    [GeneratedRegex(@"^\s*(?:/ask\s+)?(?:how\s+(?:many|much|long|large|big|far)|what\s+(?:percentage|share|proportion|number|size))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuantityQuestion();

    [GeneratedRegex(@"^\s*(?:/ask\s+)?(?:when|what\s+(?:date|day|month|year))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeQuestion();

    [GeneratedRegex(@"\d", RegexOptions.CultureInvariant)]
    private static partial Regex Digit();

    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DateWord();

    public static Kind Of(string question) =>
        QuantityQuestion().IsMatch(question) ? Kind.Quantity : TimeQuestion().IsMatch(question) ? Kind.Time : Kind.Any;

    public static double Boost(Kind kind, string snippet) => kind switch
    {
        Kind.Quantity when Digit().IsMatch(snippet) => Preference,
        Kind.Time when DateWord().IsMatch(snippet) => Preference,
        _ => 1,
    };
}
