using PeaceBot.Core.Extraction.Vocabulary;
namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>
/// A speech verb in the passive ("was described by X as", "were told", "has been quoted by X"): the subject before it
/// is not the speaker; only a "by" agent right after the verb is.
/// </summary>
internal static class PassiveVoice
{
    private static readonly HashSet<string> Auxiliaries = WordLists.Set("passive-auxiliaries");

    private static readonly HashSet<string> Adverbs = WordLists.Set("passive-adverbs");

    private const int MaxWordsToAgent = 2;

    private static readonly HashSet<string> DescriptionVerbs = WordLists.Set("description-verbs");

    /// <summary>"described", "told", "urged": a participle whose passive "by" agent is the one who spoke.</summary>
    public static bool IsSpeechParticiple(string word) =>
        EndsInEd(word) && (SpeechVerbs.IsSpeech(word) || DescriptionVerbs.Contains(word));

    /// <summary>An auxiliary (and at most one adverb) right before the verb at <paramref name="v"/>.</summary>
    public static bool Before(string text, IReadOnlyList<Token> toks, int v)
    {
        var k = v - 1;
        if (k >= 0 && toks[k].IsWord && Adverbs.Contains(toks[k].Text(text))) k--;
        return k >= 0 && toks[k].IsWord && Auxiliaries.Contains(toks[k].Text(text)) && EndsInEd(toks[v].Text(text));
    }

    /// <summary>"by a U.S. official" within two words after the verb, read as a speaker phrase; else null.</summary>
    public static SpeakerMention? Agent(string text, IReadOnlyList<Token> toks, int v)
    {
        for (var k = v + 1; k < toks.Count && k <= v + 1 + MaxWordsToAgent; k++)
        {
            if (!toks[k].IsWord) return null;
            if (!toks[k].Text(text).Equals("by", StringComparison.OrdinalIgnoreCase)) continue;
            var agent = SpeakerPhraseReader.ReadAfter(text, toks, k + 1, toks.Count);
            return agent switch
            {
                { Kind: SpeakerMentionKind.Name } => agent,
                // "by a U.S. official", "by the ministry"; not "by the end of the day".
                { Kind: SpeakerMentionKind.Role } when NamesASpeaker(SpeakerNames.LastWord(agent.Text)) => agent,
                _ => null,
            };
        }
        return null;
    }

    // "was told", "was described", "were quoted": a participle, not "is says" noise.
    private static bool EndsInEd(string verb) =>
        verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || verb is "told" or "written" or "said" or "Told";

    private static bool NamesASpeaker(string head)
    {
        var singular = head.EndsWith('s') && head.Length > 3 ? head[..^1] : head;
        return SpeakerWords.IsTitle(head) || SpeakerWords.IsTitle(singular) || SpeakerWords.IsInstitution(head);
    }
}
