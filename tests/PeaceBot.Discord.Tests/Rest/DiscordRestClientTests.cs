using System.Net;
using Microsoft.Extensions.Options;
using PeaceBot.Adapters.Http;
using PeaceBot.Discord.Configuration;
using PeaceBot.Discord.Rest;
using PeaceBot.Discord.Tests.Support;

namespace PeaceBot.Discord.Tests.Rest;

/// <summary>The REST client through the toolkit's retry pipeline, against the fake Discord API.</summary>
public sealed class DiscordRestClientTests : IAsyncLifetime
{
    private FakeDiscordApi _api = null!;
    private HttpClient _http = null!;
    private DiscordRestClient _rest = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeDiscordApi.StartAsync();
        _http = ChatApiRetry.CreateClient(DiscordRestClient.Retry);
        _rest = new DiscordRestClient(_http, Options.Create(new DiscordOptions { ApiBaseUrl = _api.BaseUrl, ApplicationId = "123", BotToken = "bot-token" }));
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _api.DisposeAsync();
    }

    private static JsonObject Message() => new() { ["content"] = "The talks resume on Monday." };

    [Fact]
    public async Task A_429_is_retried_after_the_retry_after_in_its_body_and_then_succeeds()
    {
        _api.RateLimitFirst = 2;

        using var response = await _rest.EditOriginalAsync("tok-" + Guid.NewGuid().ToString("N"), Message(), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, _api.Attempts);
        Assert.Single(_api.Calls);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_policy_waits_is_not_retried_early()
    {
        _api.RateLimitFirst = 1;
        _api.RetryAfterSeconds = DiscordRestClient.Retry.MaxRetryAfter.TotalSeconds + 60;

        using var response = await _rest.EditOriginalAsync("tok-" + Guid.NewGuid().ToString("N"), Message(), CancellationToken.None);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(1, _api.Attempts);
    }

    [Fact]
    public async Task An_interaction_callback_does_not_wait_past_its_short_budget()
    {
        _api.RateLimitFirst = 1;
        _api.RetryAfterSeconds = DiscordRestClient.CallbackBudget.TotalSeconds + 1;

        using var response = await _rest.CallbackAsync("9" + Random.Shared.Next(), "tok-" + Guid.NewGuid().ToString("N"), new JsonObject { ["type"] = 5 }, CancellationToken.None);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(1, _api.Attempts);
    }

    [Fact]
    public async Task A_5xx_is_retried_with_backoff_and_attempts_are_bounded()
    {
        _api.FailFirst = DiscordRestClient.Retry.MaxAttempts + 2;

        using var response = await _rest.GetGatewayBotAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(DiscordRestClient.Retry.MaxAttempts, _api.Attempts);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(408)]
    public async Task Another_4xx_is_returned_at_once(int status)
    {
        _api.FailFirst = 1;
        _api.FailStatus = status;

        using var response = await _rest.OverwriteCommandsAsync(null, [], CancellationToken.None);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(1, _api.Attempts);
    }
}
