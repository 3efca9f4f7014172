using PeaceBot.Core.Extraction.Vocabulary;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>The verbs news prose uses to attribute words to a speaker, in every tense it uses them.</summary>
internal static class SpeechVerbs
{
    private static readonly HashSet<string> All = Union(WordLists.Set("speech-verbs"), WordLists.Lines("speech-participles"));

    // "…, adding: “…”": the speaker is the subject of the sentence, not the words just before the verb.
    private static readonly HashSet<string> Participles = WordLists.Set("speech-participles");

    // Verbs whose reported clause can follow without quotation marks ("X warned that …").
    private static readonly HashSet<string> Reporting = WordLists.Set("reporting-verbs");

    // Verbs that take a listener before the reported clause ("told Reuters that …").
    private static readonly HashSet<string> WithListener = WordLists.Set("listener-verbs");

    // Capitalised, "States" or "Notes" is a name or a heading word, not a verb; only "According" opens sentences.
    public static bool IsSpeech(string word) => All.Contains(word) && (!char.IsUpper(word[0]) || IsAccording(word));

    public static bool IsParticiple(string word) => Participles.Contains(word);

    public static bool IsReporting(string word) => Reporting.Contains(word) && !char.IsUpper(word[0]);

    public static bool TakesListener(string word) => WithListener.Contains(word);

    /// <summary>"according to": the speaker follows the verb.</summary>
    public static bool IsAccording(string word) => word.Equals("according", StringComparison.OrdinalIgnoreCase);

    private static HashSet<string> Union(HashSet<string> set, IEnumerable<string> more)
    {
        set.UnionWith(more);
        return set;
    }
}
