namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>Word classes that tell a person's name from the titles, institutions and function words around it.</summary>
internal static class SpeakerWords
{
    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

    // Titles and roles written before a name ("Army Secretary Dan Driscoll"): the name is what follows the last one.
    public static readonly HashSet<string> Titles = Set(
        "president", "vice", "prime", "minister", "secretary", "chancellor", "senator", "sen", "rep", "gov", "governor",
        "general", "gen", "adviser", "advisor", "aide", "ambassador", "envoy", "special", "spokesman", "spokeswoman",
        "spokesperson", "chief", "director", "mayor", "king", "queen", "pope", "dr", "mr", "mrs", "ms", "prof", "lt",
        "col", "maj", "capt", "adm", "commander", "chairman", "chairwoman", "chair", "leader", "speaker", "deputy", "head",
        "former", "analyst", "professor", "lawmaker", "representative", "sir", "lord", "dame", "pm", "archbishop",
        "patriarch", "marshal", "admiral", "colonel", "major", "captain", "lieutenant", "commissioner", "negotiator",
        "mp", "mep", "ceo", "founder", "correspondent", "editor", "researcher", "fellow", "economist", "diplomat",
        "official", "spokesmen", "justice", "judge", "attorney", "councillor", "councilor", "counselor", "counsellor",
        "premier", "emir", "sheikh", "crown", "prince", "princess", "st", "hon", "rev", "sec", "pres", "amb", "defense",
        "defence", "foreign", "interior", "finance", "treasury", "army", "navy", "state", "security", "national", "press",
        "u.s", "u.s.", "us", "uk", "eu", "un", "nato");

    // Words that make a capitalised run an institution or place, not a person ("Crisis Group", "White House").
    public static readonly HashSet<string> Institutions = Set(
        "group", "staff", "council", "house", "social", "union", "ministry", "party", "institute", "university", "nations",
        "assembly", "agency", "news", "times", "post", "world", "forces", "office", "department", "committee",
        "commission", "bank", "fund", "organization", "organisation", "foundation", "center", "centre", "kremlin",
        "pentagon", "government", "administration", "parliament", "congress", "senate", "court", "states", "kingdom",
        "republic", "federation", "summit", "times", "journal", "reuters", "tass", "ria", "interfax", "cnn", "bbc",
        "network", "service", "services", "army", "navy", "ministry", "guard", "army", "board", "corporation", "company",
        "media", "press", "street", "square", "city", "sea", "river", "oblast", "region", "peninsula", "plan", "treaty",
        "accord", "agreement", "war", "day", "school", "college", "club", "media", "television", "radio", "daily",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "god",
        "russian", "ukrainian", "american", "european", "german", "french", "british", "polish", "chinese", "turkish",
        "israeli", "western", "eastern", "northern", "southern", "soviet", "africa", "asia", "europe", "america",
        "russia", "ukraine", "china", "germany", "france", "britain", "poland", "turkey", "israel", "iran", "india",
        "moscow", "kyiv", "kiev", "washington", "beijing", "berlin", "paris", "london", "brussels", "warsaw", "donbas",
        "crimea", "donetsk", "luhansk", "zaporizhzhia", "kherson", "kharkiv", "alaska", "geneva", "istanbul");

    // Lower-case words inside names ("Ursula von der Leyen").
    public static readonly HashSet<string> Particles = Set("von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "al", "bin", "ibn", "dos", "del", "y");

    public static readonly HashSet<string> PersonalPronouns = Set("he", "she");

    public static readonly HashSet<string> OtherPronouns = Set("they", "it", "we", "i", "you", "this", "that", "which", "who", "what", "one");

    // Words between a speaker and the verb that are neither: "Trump later said", "she has said".
    public static readonly HashSet<string> Adverbs = Set(
        "later", "also", "then", "recently", "again", "once", "previously", "has", "have", "had", "is", "was", "were",
        "reportedly", "repeatedly", "publicly", "earlier", "subsequently", "quickly", "bluntly", "simply", "flatly",
        "only", "further", "separately", "privately", "openly", "directly", "explicitly", "often", "frequently",
        "yesterday", "today", "tonight", "now", "already", "still", "even", "himself", "herself", "themselves", "would",
        "will", "did", "does", "do", "had", "first", "last", "angrily", "firmly", "clearly", "told", "pointedly",
        // "Ushakov was quoted as saying"
        "quoted", "as");

    // Words that start a clause: a role phrase read backwards stops before them.
    public static readonly HashSet<string> ClauseWords = Set(
        "and", "but", "or", "nor", "so", "yet", "while", "whereas", "that", "which", "who", "whom", "whose", "as",
        "when", "because", "after", "before", "since", "although", "though", "if", "where", "what", "how", "why",
        "meanwhile", "however", "moreover", "instead", "also", "then", "in", "on", "at", "for", "with", "by", "from",
        "to", "of", "about", "than", "is", "was", "are", "were", "be", "been", "has", "have", "had", "not", "it", "this",
        "there", "here", "said", "says");

    public static readonly HashSet<string> Determiners = Set("a", "an", "the", "one", "another", "two", "three", "several", "many", "some", "some", "other", "most", "few", "both");

    // Capitalised only because they start a sentence: never part of a name.
    public static readonly HashSet<string> SentenceOpeners = Set(
        "the", "a", "an", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "with", "by", "from", "to", "of",
        "meanwhile", "however", "moreover", "still", "now", "then", "when", "while", "after", "before", "since", "as",
        "if", "though", "although", "because", "this", "that", "these", "those", "there", "here", "his", "her", "their",
        "its", "our", "my", "your", "notably", "instead", "indeed", "later", "earlier", "also", "even", "first", "last",
        "speaking", "asked", "according", "like", "unlike", "amid", "despite", "during", "under", "over", "why", "how",
        "what", "where", "who", "which", "yes", "no", "not", "it", "he", "she", "they", "we", "i", "you", "mr", "mrs", "ms",
        "dr", "thanks", "today", "yesterday", "tomorrow", "separately", "similarly", "finally", "nevertheless", "will",
        "would", "can", "could", "should", "may", "might", "must", "do", "does", "did", "is", "are", "was", "were", "has",
        "have", "had", "whether", "once", "only", "both", "all", "every", "each", "some", "many", "most", "any", "no");

    public static bool IsPossessive(string word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("s'", StringComparison.Ordinal) || word.EndsWith("s’", StringComparison.Ordinal);

    public static bool IsCapitalized(string word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>"al-Sisi": a lower-case prefix with a capital after the hyphen.</summary>
    public static bool IsNameLike(string word) =>
        IsCapitalized(word) || (word.IndexOf('-') is > 0 and var h && h + 1 < word.Length && char.IsUpper(word[h + 1]));

    public static string Bare(string word) => word.TrimEnd('.');

    public static bool IsTitle(string word) => Titles.Contains(Bare(word)) || Titles.Contains(word);

    public static bool IsInstitution(string word)
    {
        if (Institutions.Contains(word)) return true;
        var h = word.LastIndexOf('-');
        return h > 0 && Institutions.Contains(word[(h + 1)..]);
    }
}
