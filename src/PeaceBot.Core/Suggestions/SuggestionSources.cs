using PeaceBot.Core.Commands;

namespace PeaceBot.Core.Suggestions;

/// <summary>The suggestions for an argument's declared <see cref="AutocompleteSource"/>.</summary>
public static class SuggestionSources
{
    public static IReadOnlyList<Suggestion> Suggest(this ISuggestionService service, AutocompleteSource source, string typed, int max = 25) => source switch
    {
        AutocompleteSource.None => [],
        AutocompleteSource.Quote => service.SuggestQuotes(typed, max),
        AutocompleteSource.Plan => service.SuggestPlans(typed, max),
        AutocompleteSource.Month => service.SuggestMonths(typed, max),
        AutocompleteSource.Speaker => service.SuggestSpeakers(typed, max),
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "An autocomplete source without suggestions."),
    };
}
