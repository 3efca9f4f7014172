using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using PeaceBot.Core.Answers;

namespace PeaceBot.Storage;

/// <summary>
/// Wraps the served answer service: each answer (first pages only; "More" is not a new question) gets a token for
/// feedback, and, unless <c>Storage:LogQuestions</c> is false, a question-log row queued for the writer. Recording costs
/// the answer a few allocations, never a wait.
/// </summary>
public sealed class RecordingAnswerService : IAnswerService
{
    public const int MaxAnswerChars = 600;
    private readonly IAnswerService _inner;
    private readonly StoreWriter _writer;
    private readonly RecentAnswers _recent;
    private readonly AskerHash _askers;
    private readonly bool _log;
    private readonly TimeProvider _clock;

    public RecordingAnswerService(IAnswerService inner, StoreWriter writer, RecentAnswers recent, AskerHash askers, IOptions<StorageOptions> options, TimeProvider? clock = null)
    {
        _inner = inner;
        _writer = writer;
        _recent = recent;
        _askers = askers;
        _log = options.Value.LogQuestions;
        _clock = clock ?? TimeProvider.System;
    }

    public async Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken = default)
    {
        var answer = await _inner.AnswerAsync(request, cancellationToken).ConfigureAwait(false);
        if (request.Page != 1 || answer.Kind is AnswerKind.Status or AnswerKind.Reload) return answer;
        // A fresh instance: the engine's cache hands the same answer to everyone who asks the same thing.
        var mine = answer with { };
        var record = Describe(_clock.GetUtcNow(), NewToken(), request, mine, _askers.Of(request.FrontEnd, request.UserId));
        _recent.Remember(mine, record);
        if (_log) _writer.TryEnqueue(record);
        return mine;
    }

    public static QuestionRecord Describe(DateTimeOffset at, string token, AnswerRequest request, Answer answer, string? asker)
    {
        var command = string.IsNullOrWhiteSpace(answer.CommandText) ? request.Text.Trim() : answer.CommandText;
        if (command.Length > 500) command = command[..500];
        var text = answer.Message;
        if (answer.Results.Count > 0)
        {
            var first = answer.Results[0];
            text += $"\n{(first.Speaker is { } s ? s + ": " : "")}“{first.Text}” ({first.Source.File})";
        }
        if (text.Length > MaxAnswerChars) text = text[..(MaxAnswerChars - 1)] + "…";
        var cited = answer.Results.Select(r => r.Source.File).Distinct(StringComparer.Ordinal).ToList();
        return new QuestionRecord(at, token, request.FrontEnd, command, answer.Kind.ToWire(), answer.Outcome.ToString(), text, cited, asker);
    }

    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
}
