using PeaceBot.Core.Answers;

namespace PeaceBot.Tests.Hosting;

/// <summary>An answer service that holds every answer until the test opens the gate: an answer caught in flight.</summary>
public sealed class GatedAnswerService : IAnswerService
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Started => _started.Task;

    public void Open() => _gate.TrySetResult();

    public async Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken = default)
    {
        _started.TrySetResult();
        await _gate.Task.WaitAsync(cancellationToken);
        return new Answer(AnswerKind.Help, "finished after shutdown began", []);
    }
}
