using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PeaceBot.Adapters.Http;
using PeaceBot.Slack.Configuration;
using PeaceBot.Slack.Tests.Fakes;
using PeaceBot.Slack.WebApi;

namespace PeaceBot.Slack.Tests.WebApi;

/// <summary>The Web API client through the toolkit's retry pipeline, against the fake Slack.</summary>
public sealed class SlackWebApiClientTests : IAsyncLifetime
{
    private FakeSlackApi _slack = null!;
    private HttpClient _http = null!;
    private SlackWebApiClient _api = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        _http = ChatApiRetry.CreateClient(SlackWebApiClient.Retry);
        _api = new SlackWebApiClient(_http, Options.Create(new SlackOptions { ApiBaseUrl = _slack.ApiBaseUrl, BotToken = "xoxb-test" }), NullLogger<SlackWebApiClient>.Instance);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _slack.DisposeAsync();
    }

    private Task<bool> PostAsync() => _api.PostMessageAsync("C1", null, new JsonObject { ["text"] = "The ferry resumed service." }, CancellationToken.None);

    private int CallsRecorded()
    {
        var n = 0;
        while (_slack.TryTakeCall(out _)) n++;
        return n;
    }

    [Fact]
    public async Task A_429_is_retried_after_its_retry_after_header_and_then_succeeds()
    {
        _slack.RateLimitFirst = 1;
        _slack.RetryAfterSeconds = 1;

        Assert.True(await PostAsync());
        Assert.Equal(2, CallsRecorded());
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_policy_waits_gives_up_at_once()
    {
        _slack.RateLimitFirst = 1;
        _slack.RetryAfterSeconds = (int)SlackWebApiClient.Retry.MaxRetryAfter.TotalSeconds + 30;

        Assert.False(await PostAsync());
        Assert.Equal(1, CallsRecorded());
    }

    [Fact]
    public async Task A_5xx_is_retried_and_attempts_are_bounded()
    {
        _slack.FailFirst = SlackWebApiClient.Retry.MaxAttempts - 1;
        Assert.True(await PostAsync());
        Assert.Equal(SlackWebApiClient.Retry.MaxAttempts, CallsRecorded());

        _slack.FailFirst = SlackWebApiClient.Retry.MaxAttempts + 1;
        Assert.False(await PostAsync());
        Assert.Equal(SlackWebApiClient.Retry.MaxAttempts, CallsRecorded());
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    public async Task Another_4xx_is_not_retried(HttpStatusCode status)
    {
        _slack.FailFirst = 1;
        _slack.FailStatus = status;

        Assert.False(await PostAsync());
        Assert.Equal(1, CallsRecorded());
    }
}
