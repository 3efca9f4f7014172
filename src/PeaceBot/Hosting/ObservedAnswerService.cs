using System.Diagnostics;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using PeaceBot.Core.Answers;
using PeaceBot.Core.Engine;

namespace PeaceBot.Hosting;

/// <summary>
/// What every front end talks to when served: the engine behind a per-user rate limit (moderators are exempt), with one log event and
/// the metrics for each answer. Secrets never reach it; the user id is logged, the question is not.
/// </summary>
public sealed class ObservedAnswerService : IAnswerService, IDisposable
{
    private readonly PeaceBotEngine _engine;
    private readonly BotMetrics _metrics;
    private readonly ILogger<ObservedAnswerService> _logger;
    private readonly PartitionedRateLimiter<AnswerRequest>? _limiter;

    public ObservedAnswerService(PeaceBotEngine engine, IOptions<RateLimitOptions> limits, BotMetrics metrics, ILogger<ObservedAnswerService> logger)
    {
        _engine = engine;
        _metrics = metrics;
        _logger = logger;
        var o = limits.Value;
        if (o.Enabled)
            _limiter = PartitionedRateLimiter.Create<AnswerRequest, string>(r => RateLimitPartition.GetFixedWindowLimiter(
                $"{r.FrontEnd}:{r.UserId ?? "anonymous"}",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = o.PermitsPerWindow, Window = TimeSpan.FromSeconds(o.WindowSeconds), QueueLimit = 0 }));
    }

    public async Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        if (_limiter is not null && request.UserId is not null && !request.IsModerator)
        {
            using var lease = _limiter.AttemptAcquire(request);
            if (!lease.IsAcquired)
            {
                _metrics.RateLimited.WithLabels(request.FrontEnd).Inc();
                return new Answer(AnswerKind.Error, "You are asking faster than I can keep up with; please wait a minute and ask again.", [])
                    { Outcome = AnswerOutcome.Refused };
            }
        }

        var answer = await _engine.AnswerAsync(request, cancellationToken).ConfigureAwait(false);
        var seconds = clock.Elapsed.TotalSeconds;
        var command = answer.Kind.ToWire();
        _metrics.Answers.WithLabels(request.FrontEnd, command, answer.Outcome.ToString().ToLowerInvariant()).Inc();
        _metrics.AnswerSeconds.WithLabels(request.FrontEnd).Observe(seconds);
        _logger.LogInformation("Answered {FrontEnd} {Command} for {User}: {Outcome}, {Results} results in {Ms:0.0} ms",
            request.FrontEnd, command, request.UserId ?? "-", answer.Outcome, answer.Results.Count, seconds * 1000);
        return answer;
    }

    public void Dispose() => _limiter?.Dispose();
}
