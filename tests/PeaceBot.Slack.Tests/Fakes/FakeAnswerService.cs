using System.Collections.Concurrent;
using PeaceBot.Core.Answers;

namespace PeaceBot.Slack.Tests.Fakes;

/// <summary>Records every request; answers with <see cref="Responder"/> (a canned answer by default).</summary>
public sealed class FakeAnswerService : IAnswerService
{
    public ConcurrentQueue<AnswerRequest> Requests { get; } = new();

    public Func<AnswerRequest, Task<Answer>> Responder { get; set; } = r => Task.FromResult(SampleAnswers.OneQuote(r));

    public Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Enqueue(request);
        return Responder(request);
    }
}
