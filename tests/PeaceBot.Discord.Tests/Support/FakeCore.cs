using System.Collections.Concurrent;
using PeaceBot.Core.Answers;
using PeaceBot.Core.Suggestions;

namespace PeaceBot.Discord.Tests.Support;

/// <summary>A core that records what it was asked and answers with canned results, optionally slowly.</summary>
public sealed class FakeCore : IAnswerService, ISuggestionService
{
    public ConcurrentQueue<AnswerRequest> Requests { get; } = new();
    public TimeSpan Delay { get; set; }
    public Func<AnswerRequest, Answer> Respond { get; set; } = DefaultAnswer;

    public static readonly SourceInfo Source = new("articles/a.md", "Talks resume", "Example News", "2025-08-18", "https://example.org/a");

    public async Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Enqueue(request);
        if (Delay > TimeSpan.Zero) await Task.Delay(Delay, cancellationToken);
        return Respond(request) with { CommandText = request.Text, Page = request.Page };
    }

    public static Answer DefaultAnswer(AnswerRequest request) =>
        new(AnswerKind.WhoSaid, "Maria Kovalenko said it.", [new AnswerResult("We will not trade land for promises.", Source) { Speaker = "Maria Kovalenko", Date = new Core.Dates.PartialDate(2025, 8, 18) }]);

    public IReadOnlyList<Suggestion> SuggestPlans(string typed, int max = 25) => [new("US 28-point plan (us-28)", "us-28")];

    public IReadOnlyList<Suggestion> SuggestMonths(string typed, int max = 25) =>
        Enumerable.Range(1, 40).Select(i => new Suggestion($"Month {i}", $"2025-{i:D2}")).Take(max).ToList();

    public IReadOnlyList<Suggestion> SuggestQuotes(string typed, int max = 25) => [new(new string('q', 150), new string('q', 150))];

    public IReadOnlyList<Suggestion> SuggestSpeakers(string typed, int max = 25) => [new("Maria Kovalenko", "Maria Kovalenko")];
}
