using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PeaceBot.Core.Answers;
using PeaceBot.Core.Commands;
using PeaceBot.Core.Handlers;
using PeaceBot.Core.Knowledge;
using PeaceBot.Core.Suggestions;

namespace PeaceBot.Core.Engine;

/// <summary>
/// Answers chat commands from the serving knowledge snapshot. Each request parses its text, holds one snapshot for
/// its whole life, runs the command's handler and cuts the result to the page asked for. Never throws for bad input.
/// </summary>
public sealed class PeaceBotEngine : IAnswerService, ISuggestionService
{
    private readonly KnowledgeService _knowledge;
    private readonly ILogger _logger;
    private readonly SuggestionFinder _suggestions;
    private readonly AnswerCache _cache;
    private readonly TimeProvider _time;

    /// <param name="answerCacheSize">Recent answers kept for repeated commands; 0 turns the cache off.</param>
    /// <param name="time">The clock relative timeline periods ("last week") count from; the system clock by default.</param>
    public PeaceBotEngine(KnowledgeService knowledge, ILogger? logger = null, int answerCacheSize = AnswerCache.DefaultCapacity, TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        _cache = new AnswerCache(answerCacheSize);
        _knowledge = knowledge;
        _logger = logger ?? NullLogger.Instance;
        _suggestions = new SuggestionFinder(knowledge);
    }

    /// <summary>The importer /knowledge uses; null leaves /knowledge saying importing is not set up.</summary>
    public IKnowledgeImports? Imports { get; init; }

    public async Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parsed = CommandParser.Parse(request.Text);
        if (parsed.Command is not { } command)
            return Answers.Answer.Error(parsed.Error ?? "I could not read that command.");

        var module = CommandCatalog.For(command);
        foreach (var precondition in module.Preconditions)
        {
            if (precondition.Check(module, request) is { IsSuccess: false } refused)
                return new Answer(module.Kind, refused.Reason ?? $"You cannot use {command.Text} here.", [])
                    { CommandText = command.Text, Outcome = AnswerOutcome.Refused };
        }

        try
        {
            var answer = await module.RunAsync(command, new Run(this, command, request), cancellationToken).ConfigureAwait(false);
            return answer.CommandText.Length == 0 ? answer with { CommandText = command.Text } : answer;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Answering {Command} failed", command.Text);
            return new Answer(AnswerKind.Error, "Something went wrong while answering; please try again in a moment.", [])
                { CommandText = command.Text, Outcome = AnswerOutcome.Failed };
        }
    }

    private Answer AnswerFromSnapshot(Command command, AnswerRequest request, Func<CommandContext, Answer> handle)
    {
        var clock = Stopwatch.StartNew();
        using var lease = _knowledge.Acquire();
        if (lease.Snapshot is not { } snapshot)
            return new Answer(AnswerKind.Error, "The knowledge base is still loading; please ask again in a few seconds.", [])
                { CommandText = command.Text, Outcome = AnswerOutcome.Failed };

        var generation = snapshot.Status.Generation;
        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        // "/timeline yesterday" means another day tomorrow: the day is part of what a cached answer depends on.
        var cacheKey = $"{today:yyyy-MM-dd} {command.Text}";
        if (_cache.TryGet(generation, cacheKey, request.Page, request.PageSize, out var cached)) return cached;

        var full = handle(new CommandContext(snapshot, request) { Today = today });
        var answer = Paging.Apply(full with { CommandText = command.Text }, request.Page, request.PageSize);
        _cache.Add(generation, cacheKey, request.Page, request.PageSize, answer);
        _logger.LogDebug("{Command} answered with {Count} results in {Ms} ms", command.Text, answer.Results.Count, clock.ElapsedMilliseconds);
        return answer;
    }

    private sealed class Run(PeaceBotEngine engine, Command command, AnswerRequest request) : CommandRun
    {
        public override AnswerRequest Request => request;

        public override KnowledgeService Knowledge => engine._knowledge;

        public override IKnowledgeImports? Imports => engine.Imports;

        public override Answer FromSnapshot(Func<CommandContext, Answer> answer) => engine.AnswerFromSnapshot(command, request, answer);
    }

    public IReadOnlyList<Suggestion> SuggestPlans(string typed, int max = 25) => _suggestions.Plans(typed, max);

    public IReadOnlyList<Suggestion> SuggestMonths(string typed, int max = 25) => _suggestions.Months(typed, max);

    public IReadOnlyList<Suggestion> SuggestQuotes(string typed, int max = 25) => _suggestions.Quotes(typed, max);

    public IReadOnlyList<Suggestion> SuggestSpeakers(string typed, int max = 25) => _suggestions.Speakers(typed, max);
}
