using System.Diagnostics;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using PeaceBot.Core.Answers;

namespace PeaceBot.Hosting;

/// <summary>
/// What every front end talks to when served: the engine behind a per-user rate limit (moderators are exempt), with one log event and
/// the metrics for each answer. Secrets never reach it; the user id is logged, the question is not. An engine bug becomes a
/// polite failed answer (logged with its exception), never a crashed request or a dropped chat reply.
/// </summary>
public sealed class ObservedAnswerService : IAnswerService, IDisposable
{
    public const string RateLimitedMessage = "You are asking faster than I can keep up with; please wait a minute and ask again.";
    public const string FailedMessage = "Sorry, something went wrong while answering that. Please try again; if it keeps happening, tell a moderator.";

    /// <summary>Limited per client address at the HTTP edge (429 with Retry-After, <see cref="HttpEdge"/>), not here.</summary>
    public const string HttpLimitedFrontEnd = "api";

    private readonly IAnswerService _engine;
    private readonly BotMetrics _metrics;
    private readonly ILogger<ObservedAnswerService> _logger;
    private readonly PartitionedRateLimiter<AnswerRequest>? _limiter;

    public ObservedAnswerService(IAnswerService engine, IOptions<RateLimitOptions> limits, BotMetrics metrics, ILogger<ObservedAnswerService> logger)
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
        if (_limiter is not null && request.UserId is not null && !request.IsModerator && request.FrontEnd != HttpLimitedFrontEnd)
        {
            using var lease = _limiter.AttemptAcquire(request);
            if (!lease.IsAcquired)
            {
                _metrics.RateLimited.WithLabels(request.FrontEnd).Inc();
                return new Answer(AnswerKind.Error, RateLimitedMessage, []) { Outcome = AnswerOutcome.Refused };
            }
        }

        Answer answer;
        try
        {
            answer = await _engine.AnswerAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _logger.LogError(e, "Answering a {FrontEnd} request for {User} failed", request.FrontEnd, request.UserId ?? "-");
            answer = new Answer(AnswerKind.Error, FailedMessage, []) { Outcome = AnswerOutcome.Failed };
        }

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
