using System.Collections.Concurrent;
using PeaceBot.Core.Suggestions;

namespace PeaceBot.Discord.Tests.Support;

internal sealed class FakeSuggestionService : ISuggestionService
{
    public ConcurrentQueue<(string Kind, string Typed)> Calls { get; } = new();
    public List<Suggestion> Plans { get; set; } = [new("US 28-point plan", "us-28"), new("Ukraine's 20-point plan", "ua-20")];
    public List<Suggestion> Months { get; set; } = [new("August 2025", "2025-08"), new("November 2025", "2025-11")];
    public List<Suggestion> Quotes { get; set; } = [new("\"peace through strength\"", "peace through strength")];

    public IReadOnlyList<Suggestion> SuggestPlans(string typed, int max = 25) => Record("plans", typed, Plans, max);
    public IReadOnlyList<Suggestion> SuggestMonths(string typed, int max = 25) => Record("months", typed, Months, max);
    public IReadOnlyList<Suggestion> SuggestQuotes(string typed, int max = 25) => Record("quotes", typed, Quotes, max);

    private IReadOnlyList<Suggestion> Record(string kind, string typed, List<Suggestion> list, int max)
    {
        Calls.Enqueue((kind, typed));
        return list.Take(max).ToList();
    }
}
