using System.Text.Json.Nodes;
using PeaceBot.Discord.Configuration;
using PeaceBot.Discord.Registration;
using PeaceBot.Discord.Tests.Support;

namespace PeaceBot.Discord.Tests.Registration;

public class DiscordCommandRegistrarTests : IAsyncLifetime
{
    private FakeDiscordApi _api = null!;
    private readonly HttpClient _http = new();
    private readonly List<TimeSpan> _waits = [];

    public async Task InitializeAsync() => _api = await FakeDiscordApi.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _api.DisposeAsync();
    }

    private DiscordCommandRegistrar Registrar(string? token = "bot-token") => new(_http,
        new DiscordOptions { ApplicationId = "123", BotToken = token, ApiBaseUrl = _api.BaseUrl },
        (wait, _) =>
        {
            _waits.Add(wait);
            return Task.CompletedTask;
        });

    [Fact]
    public async Task Guild_registration_overwrites_with_the_catalog_and_reports_the_changes()
    {
        var existing = new JsonArray
        {
            new JsonObject { ["id"] = "1", ["name"] = "old", ["description"] = "gone", ["type"] = 1 },
            CommandJson.Build()[0]!.DeepClone(),
            new JsonObject { ["id"] = "2", ["name"] = "help", ["description"] = "Outdated text", ["type"] = 1 },
        };
        _api.Respond = r => r.Method == "GET" ? (200, existing.ToJsonString()) : (200, r.Body);

        var changes = await Registrar().RegisterAsync("456", CancellationToken.None);

        var get = await _api.NextAsync();
        var put = await _api.NextAsync();
        Assert.Equal(("GET", "/api/v10/applications/123/guilds/456/commands"), (get.Method, get.PathAndQuery));
        Assert.Equal(("PUT", "/api/v10/applications/123/guilds/456/commands"), (put.Method, put.PathAndQuery));
        Assert.Equal("Bot bot-token", put.Authorization);
        Assert.StartsWith("DiscordBot (", put.UserAgent);
        Assert.Equal(CommandJson.Build().ToJsonString(), JsonNode.Parse(put.Body)!.ToJsonString());
        Assert.Equal(["old"], changes.Removed);
        Assert.Equal(["help"], changes.Updated);
        Assert.Equal(["who"], changes.Unchanged);
        Assert.Contains("ask", changes.Added);
    }

    [Fact]
    public async Task Global_registration_uses_the_application_route()
    {
        _api.Respond = r => (200, "[]");
        await Registrar().RegisterAsync(null, CancellationToken.None);
        Assert.Equal("/api/v10/applications/123/commands", (await _api.NextAsync()).PathAndQuery);
    }

    [Fact]
    public async Task Rate_limits_are_waited_out_as_told()
    {
        var calls = 0;
        _api.Respond = r => r.Method == "PUT" && ++calls == 1
            ? (429, "{\"message\":\"You are being rate limited.\",\"retry_after\":1.5,\"global\":false}")
            : (200, "[]");
        await Registrar().RegisterAsync("456", CancellationToken.None);
        Assert.Equal([TimeSpan.FromSeconds(1.5)], _waits);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task Endless_rate_limits_give_up_with_a_clear_error()
    {
        _api.Respond = _ => (429, "{\"message\":\"slow down\",\"retry_after\":0.1}");
        var error = await Assert.ThrowsAsync<DiscordRegistrationException>(() => Registrar().RegisterAsync(null, CancellationToken.None));
        Assert.Contains("429", error.Message);
        Assert.Equal(DiscordCommandRegistrar.MaxAttempts - 1, _waits.Count);
    }

    [Fact]
    public async Task Discord_errors_are_reported_with_its_message()
    {
        _api.Respond = _ => (401, "{\"message\":\"401: Unauthorized\",\"code\":0}");
        var error = await Assert.ThrowsAsync<DiscordRegistrationException>(() => Registrar().RegisterAsync(null, CancellationToken.None));
        Assert.Contains("401: Unauthorized", error.Message);
    }

    [Theory]
    [InlineData(null, null, "Discord:BotToken")]
    [InlineData("token", "general", "--guild")]
    public async Task Missing_token_or_bad_guild_is_refused_before_calling_discord(string? token, string? guild, string named)
    {
        var error = await Assert.ThrowsAsync<DiscordRegistrationException>(() => Registrar(token).RegisterAsync(guild, CancellationToken.None));
        Assert.Contains(named, error.Message);
        Assert.False(_api.Received.Reader.TryRead(out _));
    }
}
