using Microsoft.Extensions.Logging.Abstractions;
using PeaceBot.Adapters.Answering;
using PeaceBot.Core.Answers;

namespace PeaceBot.Adapters.Tests.Answering;

public sealed class AnswerBudgetTests
{
    [Fact]
    public async Task A_finished_answer_is_within_the_budget_and_a_pending_one_is_not()
    {
        Assert.True(await AnswerBudget.FinishedWithinAsync(Task.CompletedTask, TimeSpan.Zero));
        var pending = new TaskCompletionSource<Answer>();
        Assert.False(await AnswerBudget.FinishedWithinAsync(pending.Task, TimeSpan.FromMilliseconds(10)));
        Assert.False(pending.Task.IsCanceled);
    }

    [Fact]
    public async Task A_failed_answer_counts_as_finished_and_becomes_the_one_failure_message()
    {
        var failing = Task.FromException<Answer>(new InvalidOperationException("boom"));
        Assert.True(await AnswerBudget.FinishedWithinAsync(failing, TimeSpan.FromSeconds(1)));
        var answer = await AdapterFailure.GuardAsync(failing, NullLogger.Instance);
        Assert.Equal(AnswerKind.Error, answer.Kind);
        Assert.Equal(AnswerOutcome.Failed, answer.Outcome);
        Assert.Equal(AdapterFailure.Message, answer.Message);
    }
}
