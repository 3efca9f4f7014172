namespace PeaceBot.Core.Suggestions;

/// <summary>Autocomplete for the command options; each method is cheap and never throws.</summary>
public interface ISuggestionService
{
    /// <summary>Plans whose id or name contains what was typed (all plans when empty).</summary>
    IReadOnlyList<Suggestion> SuggestPlans(string typed, int max = 25);

    /// <summary>Months that have timeline events ("2025-08" valued, "August 2025" labelled), filtered by what was typed.</summary>
    IReadOnlyList<Suggestion> SuggestMonths(string typed, int max = 25);

    /// <summary>Quotes matching the words typed so far (the last word as a prefix).</summary>
    IReadOnlyList<Suggestion> SuggestQuotes(string typed, int max = 25);

    /// <summary>Speakers with quotes whose name (or a spelling of it) contains what was typed (all when empty).</summary>
    IReadOnlyList<Suggestion> SuggestSpeakers(string typed, int max = 25);
}
