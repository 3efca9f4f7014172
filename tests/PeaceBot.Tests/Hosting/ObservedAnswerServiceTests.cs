using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PeaceBot.Core.Answers;
using PeaceBot.Hosting;

namespace PeaceBot.Tests.Hosting;

/// <summary>The layer every front end goes through when served, over a fake engine.</summary>
public sealed class ObservedAnswerServiceTests
{
    private sealed class FakeEngine(Func<AnswerRequest, Answer> answer) : IAnswerService
    {
        public Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken = default) => Task.FromResult(answer(request));
    }

    private static ObservedAnswerService Observed(IAnswerService engine, BotMetrics metrics, int permits = 2) =>
        new(engine, Options.Create(new RateLimitOptions { PermitsPerWindow = permits, WindowSeconds = 3600 }), metrics, NullLogger<ObservedAnswerService>.Instance);

    private static readonly FakeEngine Helpful = new(_ => new Answer(AnswerKind.Help, "help", []));

    [Fact]
    public async Task An_engine_that_throws_gives_a_polite_failed_answer_counted_as_failed()
    {
        var metrics = new BotMetrics();
        using var observed = Observed(new FakeEngine(_ => throw new InvalidOperationException("index exploded")), metrics);

        var answer = await observed.AnswerAsync(new AnswerRequest("/ask anything", "slack") { UserId = "U1" });

        Assert.Equal(AnswerOutcome.Failed, answer.Outcome);
        Assert.Equal(ObservedAnswerService.FailedMessage, answer.Message);
        Assert.DoesNotContain("exploded", answer.Message);
        Assert.Equal(1, metrics.Answers.WithLabels("slack", "error", "failed").Value);
    }

    [Fact]
    public async Task The_limit_is_per_user_and_front_end_and_moderators_are_exempt()
    {
        var metrics = new BotMetrics();
        using var observed = Observed(Helpful, metrics, permits: 2);
        async Task<AnswerOutcome> Ask(string frontEnd, string user, bool moderator = false) =>
            (await observed.AnswerAsync(new AnswerRequest("/help", frontEnd) { UserId = user, IsModerator = moderator })).Outcome;

        Assert.Equal([AnswerOutcome.Answered, AnswerOutcome.Answered, AnswerOutcome.Refused], [await Ask("discord", "alice"), await Ask("discord", "alice"), await Ask("discord", "alice")]);
        Assert.Equal(AnswerOutcome.Answered, await Ask("discord", "bob"));
        Assert.Equal(AnswerOutcome.Answered, await Ask("slack", "alice"));
        for (var i = 0; i < 5; i++) Assert.Equal(AnswerOutcome.Answered, await Ask("discord", "mod", moderator: true));
        Assert.Equal(1, metrics.RateLimited.WithLabels("discord").Value);
    }

    [Fact]
    public async Task A_cancelled_request_is_not_reported_as_a_failure()
    {
        var metrics = new BotMetrics();
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        using var observed = Observed(new FakeEngine(_ => throw new OperationCanceledException(cancel.Token)), metrics);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => observed.AnswerAsync(new AnswerRequest("/help", "api") { UserId = "x" }, cancel.Token));
        Assert.Equal(0, metrics.Answers.WithLabels("api", "error", "failed").Value);
    }
}
