using System.Net;
using PeaceBot.Slack.Signing;
using PeaceBot.Slack.Tests.Fakes;
using PeaceBot.Slack.Tests.Hosting;

namespace PeaceBot.Slack.Tests.Endpoints;

/// <summary>Every refusal must leave the core untouched and send nothing to Slack.</summary>
public class RefusalTests
{
    public static TheoryData<string> Paths => new() { "/slack/commands", "/slack/events", "/slack/interactions" };

    private static async Task AssertRefused(SlackBotHost bot, FakeSlackApi slack, HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(bot.Core.Requests);
        await Task.Yield();
        Assert.False(slack.TryTakeCall(out _));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Missing_signature_is_401(string path)
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);
        var response = await bot.PostSignedAsync(path, SlackForms.SlashCommand("/ask", "x", slack.ResponseUrl()), sign: false);
        await AssertRefused(bot, slack, response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Signature_with_the_wrong_secret_is_401(string path)
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);
        var body = SlackForms.SlashCommand("/ask", "x", slack.ResponseUrl());
        var ts = SlackBotHost.Now();
        var wrong = SlackSignatureVerifier.Sign("another-secret-entirely", ts, System.Text.Encoding.UTF8.GetBytes(body));
        var response = await bot.PostSignedAsync(path, body, timestamp: ts, signature: wrong);
        await AssertRefused(bot, slack, response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Stale_timestamp_is_401_even_when_correctly_signed()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);
        var stale = (DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 301).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var response = await bot.PostSignedAsync("/slack/commands", SlackForms.SlashCommand("/ask", "x", slack.ResponseUrl()), timestamp: stale);
        await AssertRefused(bot, slack, response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Tampered_body_is_401()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);
        var body = SlackForms.SlashCommand("/ask", "x", slack.ResponseUrl());
        var ts = SlackBotHost.Now();
        var signature = SlackSignatureVerifier.Sign(SlackBotHost.Secret, ts, System.Text.Encoding.UTF8.GetBytes(body));
        var response = await bot.PostSignedAsync("/slack/commands", body.Replace("text=x", "text=y"), timestamp: ts, signature: signature);
        await AssertRefused(bot, slack, response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/slack/commands", 64)]
    [InlineData("/slack/events", 1024)]
    [InlineData("/slack/interactions", 1024)]
    public async Task Bodies_over_each_endpoints_limit_are_413(string path, int limitKb)
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);
        var body = SlackForms.SlashCommand("/ask", new string('a', (limitKb + 1) * 1024), slack.ResponseUrl());
        var response = await bot.PostSignedAsync(path, body);
        await AssertRefused(bot, slack, response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("/slack/commands", "text=hello")]
    [InlineData("/slack/commands", "command=ask&user_id=U1")]
    [InlineData("/slack/events", "{not json")]
    [InlineData("/slack/events", "[1,2]")]
    [InlineData("/slack/events", """{"type":"event_callback","event":{"type":"app_mention"}}""")]
    [InlineData("/slack/events", """{"type":"url_verification"}""")]
    [InlineData("/slack/interactions", "nothing=here")]
    [InlineData("/slack/interactions", "payload=%7Bbroken")]
    [InlineData("/slack/interactions", "payload=%7B%22type%22%3A%22block_actions%22%7D")]
    public async Task Malformed_but_signed_bodies_are_400(string path, string body)
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);
        var response = await bot.PostSignedAsync(path, body);
        await AssertRefused(bot, slack, response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_button_value_we_did_not_make_is_400()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);
        var response = await bot.PostSignedAsync("/slack/interactions", SlackForms.BlockAction("peacebot_more", "not json", slack.ResponseUrl()));
        await AssertRefused(bot, slack, response, HttpStatusCode.BadRequest);
    }
}
