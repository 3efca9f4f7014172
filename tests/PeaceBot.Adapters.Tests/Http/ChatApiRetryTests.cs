using System.Net;
using System.Net.Http.Headers;
using PeaceBot.Adapters.Http;

namespace PeaceBot.Adapters.Tests.Http;

public sealed class ChatApiRetryTests
{
    private static readonly RetryPolicy Plain = new() { Api = "Test" };

    private static HttpResponseMessage Limited(RetryConditionHeaderValue? header = null)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Content = new StringContent("""{"retry_after": 2.5}""") };
        response.Headers.RetryAfter = header;
        return response;
    }

    [Fact]
    public async Task The_retry_after_header_in_seconds_is_the_wait()
    {
        using var response = Limited(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)));
        Assert.Equal(TimeSpan.FromSeconds(7), await ChatApiRetry.RetryAfterAsync(response, Plain, CancellationToken.None));
    }

    [Fact]
    public async Task A_retry_after_date_in_the_past_waits_nothing()
    {
        using var response = Limited(new RetryConditionHeaderValue(DateTimeOffset.UtcNow.AddMinutes(-1)));
        Assert.Equal(TimeSpan.Zero, await ChatApiRetry.RetryAfterAsync(response, Plain, CancellationToken.None));
    }

    [Fact]
    public async Task A_platform_body_wait_comes_before_the_header()
    {
        var policy = Plain with { RetryAfterInBody = (_, _) => ValueTask.FromResult<TimeSpan?>(TimeSpan.FromMilliseconds(2500)) };
        using var response = Limited(new RetryConditionHeaderValue(TimeSpan.FromSeconds(3)));
        Assert.Equal(TimeSpan.FromMilliseconds(2500), await ChatApiRetry.RetryAfterAsync(response, policy, CancellationToken.None));
    }

    [Fact]
    public async Task No_header_and_no_body_wait_is_no_wait_given()
    {
        using var response = Limited();
        Assert.Null(await ChatApiRetry.RetryAfterAsync(response, Plain, CancellationToken.None));
    }

    [Fact]
    public void A_policy_without_a_retry_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ChatApiRetry.CreateClient(Plain with { MaxAttempts = 1 }));
    }
}
