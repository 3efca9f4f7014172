using System.Collections.Frozen;

namespace PeaceBot.Core.Index;

/// <summary>
/// Irregular English verb forms the Porter stemmer cannot join to their base ("led" → "lead", "told" → "tell"),
/// so "who leads the talks" finds "led by".
/// </summary>
internal static class IrregularLemmas
{
    public static readonly FrozenDictionary<string, string> Map = new Dictionary<string, string>
    {
        ["led"] = "lead", ["said"] = "say", ["says"] = "say", ["told"] = "tell", ["met"] = "meet", ["went"] = "go",
        ["gone"] = "go", ["took"] = "take", ["taken"] = "take", ["gave"] = "give", ["given"] = "give", ["made"] = "make",
        ["held"] = "hold", ["won"] = "win", ["lost"] = "lose", ["fought"] = "fight", ["sought"] = "seek",
        ["brought"] = "bring", ["thought"] = "think", ["began"] = "begin", ["begun"] = "begin", ["broke"] = "break",
        ["broken"] = "break", ["chose"] = "choose", ["chosen"] = "choose", ["drew"] = "draw", ["drawn"] = "draw",
        ["fell"] = "fall", ["fallen"] = "fall", ["felt"] = "feel", ["flew"] = "fly", ["flown"] = "fly",
        ["forgave"] = "forgive", ["froze"] = "freeze", ["frozen"] = "freeze", ["got"] = "get", ["gotten"] = "get",
        ["grew"] = "grow", ["grown"] = "grow", ["heard"] = "hear", ["hid"] = "hide", ["kept"] = "keep", ["knew"] = "know",
        ["known"] = "know", ["laid"] = "lay", ["left"] = "leave", ["lent"] = "lend", ["meant"] = "mean", ["paid"] = "pay",
        ["ran"] = "run", ["rose"] = "rise", ["risen"] = "rise", ["saw"] = "see", ["seen"] = "see", ["sold"] = "sell",
        ["sent"] = "send", ["shot"] = "shoot", ["signed"] = "sign", ["spoke"] = "speak", ["spoken"] = "speak",
        ["spent"] = "spend", ["stood"] = "stand", ["struck"] = "strike", ["swore"] = "swear", ["sworn"] = "swear",
        ["taught"] = "teach", ["threw"] = "throw", ["thrown"] = "throw", ["understood"] = "understand", ["woke"] = "wake",
        ["wore"] = "wear", ["wrote"] = "write", ["written"] = "write", ["withdrew"] = "withdraw", ["withdrawn"] = "withdraw",
        ["overtook"] = "overtake", ["undertook"] = "undertake", ["upheld"] = "uphold", ["withheld"] = "withhold",
        ["bought"] = "buy", ["caught"] = "catch", ["built"] = "build", ["dealt"] = "deal",
        ["found"] = "find", ["ceasefires"] = "ceasefire", ["talks"] = "talk", ["invaded"] = "invade",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
