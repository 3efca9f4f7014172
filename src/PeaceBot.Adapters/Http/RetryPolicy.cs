namespace PeaceBot.Adapters.Http;

/// <summary>
/// How one platform's REST calls are retried by <see cref="ChatApiRetry"/>: on 429 (after the Retry-After the
/// platform gives) and on 5xx or a failed send (with exponential backoff), never on another 4xx. Bounded twice: at
/// most <see cref="MaxAttempts"/> sends, and the waits plus the retried sends stay within <see cref="Budget"/>
/// (per request, <see cref="ChatApiRetry.BudgetOption"/> can narrow it), so a reply still lands within the
/// platform's deadline or fails in time for the caller to say so.
/// </summary>
public sealed record RetryPolicy
{
    /// <summary>Shown in log lines ("Discord", "Slack").</summary>
    public required string Api { get; init; }

    /// <summary>Sends in all, the first included (2 or more).</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>The first backoff after a 5xx or failed send; it doubles each retry.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>A longer Retry-After is not waited out: the 429 goes back to the caller at once.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Time from the first failed send within which every wait must end.</summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>One send's limit; a send that takes longer counts as failed.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Where a platform puts its wait besides the Retry-After header (Discord: <c>retry_after</c> in the JSON body);
    /// null when the response says nothing. Tried before the header.
    /// </summary>
    public Func<HttpResponseMessage, CancellationToken, ValueTask<TimeSpan?>>? RetryAfterInBody { get; init; }

    /// <summary>The HttpClient timeout that bounds one call with all its retries.</summary>
    public TimeSpan ClientTimeout => Budget + AttemptTimeout + TimeSpan.FromSeconds(1);
}
