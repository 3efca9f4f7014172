using PeaceBot.Core.Answers;
using PeaceBot.Core.Suggestions;

namespace PeaceBot.Core.Engine;

// Interim shape so front ends can compose against it; the command handlers land next.
public sealed class PeaceBotEngine : IAnswerService, ISuggestionService
{
    private readonly KnowledgeService _knowledge;

    public PeaceBotEngine(KnowledgeService knowledge, TimeProvider? time = null)
    {
        _knowledge = knowledge;
        _ = time;
    }

    public Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new Answer(AnswerKind.Help, $"PeaceBot knows {_knowledge.Status.Files} files.", []));

    public IReadOnlyList<Suggestion> SuggestPlans(string typed, int max = 25) => [];
    public IReadOnlyList<Suggestion> SuggestMonths(string typed, int max = 25) => [];
    public IReadOnlyList<Suggestion> SuggestQuotes(string typed, int max = 25) => [];
}
