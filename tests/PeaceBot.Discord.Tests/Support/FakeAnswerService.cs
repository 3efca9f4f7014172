using System.Collections.Concurrent;
using PeaceBot.Core.Answers;

namespace PeaceBot.Discord.Tests.Support;

/// <summary>Records every request; answers with <see cref="Respond"/>, optionally held back by <see cref="Gate"/>.</summary>
internal sealed class FakeAnswerService : IAnswerService
{
    public ConcurrentQueue<AnswerRequest> Requests { get; } = new();
    public Func<AnswerRequest, Answer> Respond { get; set; } = r => new Answer(AnswerKind.Help, "echo " + r.Text, []) { CommandText = r.Text, Page = r.Page };
    public TaskCompletionSource? Gate { get; set; }

    public async Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Enqueue(request);
        if (Gate is { } gate) await gate.Task;
        return Respond(request);
    }
}
