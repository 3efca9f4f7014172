using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PeaceBot.Discord.Tests.Support;

namespace PeaceBot.Discord.Tests.Configuration;

public class AddDiscordAdapterTests
{
    private const string GoodKey = "03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8";

    private static async Task<(WebApplication App, DiscordRegistration Registration)> BuildAsync(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<PeaceBot.Core.Answers.IAnswerService>(new FakeAnswerService());
        builder.Services.AddSingleton<PeaceBot.Core.Suggestions.ISuggestionService>(new FakeSuggestionService());
        var registration = builder.Services.AddDiscordAdapter(builder.Configuration);
        var app = builder.Build();
        app.MapDiscordAdapter();
        await Task.CompletedTask;
        return (app, registration);
    }

    [Fact]
    public async Task Without_configuration_the_adapter_is_off_and_nothing_is_mapped()
    {
        var (app, registration) = await BuildAsync([]);
        await using var _ = app;
        Assert.Equal(new DiscordRegistration(false, "disabled: set Discord__PublicKey and Discord__ApplicationId to enable"), registration);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        using var response = await client.PostAsync("/discord/interactions", new StringContent("{\"type\":1}"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task With_key_and_application_it_is_on()
    {
        var (app, registration) = await BuildAsync(new() { ["Discord:PublicKey"] = GoodKey, ["Discord:ApplicationId"] = "123" });
        await using var _ = app;
        Assert.Equal(new DiscordRegistration(true, "enabled (http interactions)"), registration);
        await app.StartAsync();
    }

    [Theory]
    [InlineData("Discord:PublicKey", "abc", "Discord:PublicKey")]
    [InlineData("Discord:PublicKey", "zz3a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8", "Discord:PublicKey")]
    [InlineData("Discord:ApplicationId", "my-app", "Discord:ApplicationId")]
    [InlineData("Discord:ApplicationId", "", "Discord:ApplicationId")]
    [InlineData("Discord:ApiBaseUrl", "discord.com/api", "Discord:ApiBaseUrl")]
    [InlineData("Discord:Mode", "websocket", "Discord:Mode")]
    [InlineData("Discord:Mode", "gateway", "Discord:BotToken")]
    [InlineData("Discord:GatewayBackoff", "00:05:00", "Discord:GatewayBackoff")]
    [InlineData("Discord:BotToken", "two words", "Discord:BotToken")]
    [InlineData("Discord:ModeratorRoleIds:0", "moderators", "Discord:ModeratorRoleIds")]
    [InlineData("Discord:AnswerBudget", "00:00:05", "Discord:AnswerBudget")]
    public async Task Invalid_values_stop_start_up_naming_the_key(string key, string value, string named)
    {
        var settings = new Dictionary<string, string?> { ["Discord:PublicKey"] = GoodKey, ["Discord:ApplicationId"] = "123", [key] = value };
        var (app, _) = await BuildAsync(settings);
        await using var __ = app;
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        Assert.Contains(named, error.Message);
    }

    [Fact]
    public async Task A_value_that_does_not_bind_stops_start_up_too()
    {
        var (app, _) = await BuildAsync(new() { ["Discord:PublicKey"] = GoodKey, ["Discord:ApplicationId"] = "123", ["Discord:DefaultPrivate"] = "maybe" });
        await using var __ = app;
        var error = await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync());
        Assert.Contains("DefaultPrivate", error.ToString());
    }
}
