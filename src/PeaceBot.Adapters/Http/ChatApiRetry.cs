using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace PeaceBot.Adapters.Http;

/// <summary>
/// The retry pipeline every platform's REST client sends through (Microsoft.Extensions.Http.Resilience), as
/// <see cref="RetryPolicy"/> describes it: on an <see cref="IHttpClientBuilder"/> for clients from the factory, or
/// as a handler for a client made by hand.
/// </summary>
public static class ChatApiRetry
{
    /// <summary>Narrows the retry budget for one request (an interaction callback has less time than a follow-up).</summary>
    public static readonly HttpRequestOptionsKey<TimeSpan> BudgetOption = new("peacebot.retry-budget");

    private static readonly ResiliencePropertyKey<long> FirstFailure = new("peacebot.retry-first-failure");
    private static readonly ResiliencePropertyKey<TimeSpan> NextDelay = new("peacebot.retry-next-delay");

    /// <summary>Adds the pipeline to a factory client, logging through the container's logger factory.</summary>
    public static IHttpClientBuilder AddChatApiRetry(this IHttpClientBuilder builder, RetryPolicy policy)
    {
        builder.ConfigureHttpClient(c => c.Timeout = policy.ClientTimeout);
        builder.AddResilienceHandler("chat-api-retry", (pipeline, context) =>
            Configure(pipeline, policy, context.ServiceProvider.GetService<ILoggerFactory>()?.CreateLogger(typeof(ChatApiRetry)) ?? NullLogger.Instance));
        return builder;
    }

    /// <summary>A client that sends through the pipeline, for code outside a container (a console verb).</summary>
    public static HttpClient CreateClient(RetryPolicy policy, ILogger? logger = null, HttpMessageHandler? inner = null) =>
        new(new ResilienceHandler(Pipeline(policy, logger ?? NullLogger.Instance)) { InnerHandler = inner ?? new SocketsHttpHandler() })
        {
            Timeout = policy.ClientTimeout,
        };

    public static ResiliencePipeline<HttpResponseMessage> Pipeline(RetryPolicy policy, ILogger logger, TimeProvider? time = null)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (time is not null) builder.TimeProvider = time;
        Configure(builder, policy, logger);
        return builder.Build();
    }

    private static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, RetryPolicy policy, ILogger logger)
    {
        if (policy.MaxAttempts < 2) throw new ArgumentOutOfRangeException(nameof(policy), "a retry policy allows 2 or more attempts");
        var time = builder.TimeProvider ?? TimeProvider.System;
        builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = policy.MaxAttempts - 1,
            ShouldHandle = args => ShouldRetryAsync(args, policy, logger, time),
            DelayGenerator = args => ValueTask.FromResult(args.Context.Properties.TryGetValue(NextDelay, out var d) ? d : (TimeSpan?)TimeSpan.Zero),
            OnRetry = args =>
            {
                var request = args.Context.GetRequestMessage();
                logger.LogWarning("{Api} {Method} {Path} {Failure}; retry {Retry} of {Retries} in {Wait} ms",
                    policy.Api, request?.Method, Redacted(request?.RequestUri), Describe(args.Outcome), args.AttemptNumber + 1,
                    policy.MaxAttempts - 1, (int)args.RetryDelay.TotalMilliseconds);
                return ValueTask.CompletedTask;
            },
        });
        builder.AddTimeout(policy.AttemptTimeout);
    }

    private static async ValueTask<bool> ShouldRetryAsync(RetryPredicateArguments<HttpResponseMessage> args, RetryPolicy policy, ILogger logger, TimeProvider time)
    {
        var ct = args.Context.CancellationToken;
        var outcome = args.Outcome;
        if (!IsTransient(outcome, ct)) return false;

        TimeSpan delay;
        if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } limited && await RetryAfterAsync(limited, policy, ct).ConfigureAwait(false) is { } after)
        {
            if (after > policy.MaxRetryAfter)
            {
                logger.LogWarning("{Api} asked to wait {Wait} ms, more than the {Max} ms PeaceBot waits; not retried", policy.Api, (int)after.TotalMilliseconds, (int)policy.MaxRetryAfter.TotalMilliseconds);
                return false;
            }
            delay = after;
        }
        else delay = policy.BaseDelay * Math.Pow(2, args.AttemptNumber);

        if (!args.Context.Properties.TryGetValue(FirstFailure, out var first))
        {
            first = time.GetTimestamp();
            args.Context.Properties.Set(FirstFailure, first);
        }
        var request = args.Context.GetRequestMessage();
        var budget = request is not null && request.Options.TryGetValue(BudgetOption, out var narrowed) && narrowed < policy.Budget ? narrowed : policy.Budget;
        if (time.GetElapsedTime(first) + delay > budget)
        {
            logger.LogWarning("{Api} {Method} {Path} {Failure}; a retry in {Wait} ms would end past the {Budget} ms budget, so none",
                policy.Api, request?.Method, Redacted(request?.RequestUri), Describe(outcome), (int)delay.TotalMilliseconds, (int)budget.TotalMilliseconds);
            return false;
        }
        args.Context.Properties.Set(NextDelay, delay);
        return true;
    }

    /// <summary>429 and 5xx, a send that failed or timed out; not another 4xx, and not the caller's own cancellation.</summary>
    private static bool IsTransient(Outcome<HttpResponseMessage> outcome, CancellationToken ct) => outcome switch
    {
        { Result: { } r } => r.StatusCode == HttpStatusCode.TooManyRequests || (int)r.StatusCode >= 500,
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Exception: OperationCanceledException } => !ct.IsCancellationRequested,
        _ => false,
    };

    /// <summary>The platform's own wait (body hook first, then the Retry-After header: seconds or a date), or null.</summary>
    public static async ValueTask<TimeSpan?> RetryAfterAsync(HttpResponseMessage response, RetryPolicy policy, CancellationToken ct)
    {
        if (policy.RetryAfterInBody is { } body && await body(response, ct).ConfigureAwait(false) is { } fromBody)
            return fromBody < TimeSpan.Zero ? TimeSpan.Zero : fromBody;
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { } r ? $"answered {(int)r.StatusCode}" : $"failed ({outcome.Exception?.GetType().Name})";

    // Interaction tokens and response_url secrets live further down the path: only its first three segments are logged.
    private static string Redacted(Uri? uri) =>
        uri is null ? "?" : "/" + string.Join('/', uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Take(3));
}
