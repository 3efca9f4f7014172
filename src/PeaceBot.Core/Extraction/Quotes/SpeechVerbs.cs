namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>The verbs news prose uses to attribute words to a speaker, in every tense it uses them.</summary>
internal static class SpeechVerbs
{
    private static readonly HashSet<string> All = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "saying", "told", "tells", "tell", "added", "adds", "stated", "states", "noted", "notes",
        "warned", "warns", "argued", "argues", "insisted", "insists", "claimed", "claims", "wrote", "writes", "posted",
        "posts", "declared", "declares", "remarked", "remarks", "stressed", "stresses", "emphasized", "emphasizes",
        "emphasised", "emphasises", "explained", "explains", "acknowledged", "acknowledges", "announced", "announces",
        "asked", "asks", "replied", "replies", "quipped", "quips", "observed", "observes", "tweeted", "tweets",
        "commented", "comments", "responded", "responds", "admitted", "admits", "conceded", "concedes", "cautioned",
        "cautions", "recalled", "recalls", "suggested", "suggests", "predicted", "predicts", "vowed", "vows",
        "urged", "urges", "continued", "concluded", "contended", "contends", "maintained", "maintains", "lamented",
        "complained", "joked", "jokes", "confirmed", "confirms", "underlined", "underscored", "reiterated",
        "according", "believes", "thinks", "insist", "argue", "warn", "pointed", "retorted", "countered", "counters",
        "boasted", "mused", "promised", "pledged", "hoped", "demanded", "highlighted", "denied", "reported", "recounted",
        "testified", "wondered", "shouted", "cried", "repeated", "repeats", "reiterates", "repeating", "reiterating",
        "adding", "noting", "warning", "insisting", "stressing", "explaining", "declaring", "arguing", "writing",
        "telling", "asking", "replying", "recalling", "concluding", "emphasizing", "emphasising", "predicting",
    };

    // "…, adding: “…”": the speaker is the subject of the sentence, not the words just before the verb.
    private static readonly HashSet<string> Participles = new(StringComparer.OrdinalIgnoreCase)
    {
        "saying", "adding", "noting", "warning", "insisting", "stressing", "explaining", "declaring", "arguing",
        "writing", "telling", "asking", "replying", "recalling", "concluding", "emphasizing", "emphasising", "predicting",
        "repeating", "reiterating",
    };

    // Verbs whose reported clause can follow without quotation marks ("X warned that …").
    private static readonly HashSet<string> Reporting = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "tells", "added", "adds", "stated", "states", "noted", "notes", "warned", "warns",
        "argued", "argues", "insisted", "insists", "claimed", "claims", "declared", "declares", "stressed", "stresses",
        "emphasized", "emphasizes", "emphasised", "emphasises", "explained", "explains", "acknowledged",
        "acknowledges", "announced", "announces", "admitted", "admits", "conceded", "concedes", "cautioned",
        "cautions", "predicted", "predicts", "maintained", "maintains", "confirmed", "confirms", "reiterated",
        "contended", "contends", "believes", "thinks", "insist", "argue", "warn", "say", "wrote", "writes",
        "promised", "pledged", "vowed", "suggested", "denied", "reported", "pointed", "recalled", "testified", "reiterates",
    };

    // Verbs that take a listener before the reported clause ("told Reuters that …").
    private static readonly HashSet<string> WithListener = new(StringComparer.OrdinalIgnoreCase) { "told", "tells", "tell", "asked", "asks", "warned", "warns", "urged", "urges" };

    // Capitalised, "States" or "Notes" is a name or a heading word, not a verb; only "According" opens sentences.
    public static bool IsSpeech(string word) => All.Contains(word) && (!char.IsUpper(word[0]) || IsAccording(word));

    public static bool IsParticiple(string word) => Participles.Contains(word);

    public static bool IsReporting(string word) => Reporting.Contains(word) && !char.IsUpper(word[0]);

    public static bool TakesListener(string word) => WithListener.Contains(word);

    /// <summary>"according to": the speaker follows the verb.</summary>
    public static bool IsAccording(string word) => word.Equals("according", StringComparison.OrdinalIgnoreCase);
}
