using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PeaceBot.Core.Answers;
using PeaceBot.Slack.Tests.Fakes;
using PeaceBot.Slack.Tests.Hosting;

namespace PeaceBot.Slack.Tests.Configuration;

public class RegistrationTests
{
    private static (WebApplication App, SlackRegistration Registration) Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<IAnswerService>(new FakeAnswerService());
        var registration = builder.Services.AddSlackAdapter(builder.Configuration);
        var app = builder.Build();
        app.MapSlackAdapter();
        return (app, registration);
    }

    [Fact]
    public async Task Without_configuration_the_adapter_is_disabled_and_maps_nothing()
    {
        var (app, registration) = Build([]);
        await using var _ = app;
        await app.StartAsync();
        Assert.False(registration.Enabled);
        Assert.Equal("disabled: set Slack__SigningSecret and Slack__BotToken to enable", registration.Description);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/slack/commands", new StringContent(""))).StatusCode);
        await app.StopAsync();
    }

    [Fact]
    public async Task Configured_adapter_describes_itself()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);
        Assert.Equal(new SlackRegistration(true, "enabled (http)"), bot.Registration);
    }

    [Theory]
    [InlineData("Slack:BotToken", "xoxp-user-token", "Slack:BotToken")]
    [InlineData("Slack:BotToken", "", "Slack:BotToken")]
    [InlineData("Slack:SigningSecret", "", "Slack:SigningSecret")]
    [InlineData("Slack:Mode", "carrier-pigeon", "Slack:Mode")]
    [InlineData("Slack:ApiBaseUrl", "ftp://x", "Slack:ApiBaseUrl")]
    [InlineData("Slack:AppToken", "xoxb-wrong", "Slack:AppToken")]
    [InlineData("Slack:CommandName", "peacebot", "Slack:CommandName")]
    [InlineData("Slack:PageSize", "0", "Slack:PageSize")]
    [InlineData("Slack:Mode", "socket", "Slack:AppToken")]
    public async Task Invalid_values_stop_start_up_naming_the_key(string key, string value, string named)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackBotHost.Secret,
            ["Slack:BotToken"] = SlackBotHost.BotToken,
            [key] = value,
        };
        var (app, _) = Build(settings);
        await using var __ = app;
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        Assert.Contains(named, e.Message);
    }
}
