using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PeaceBot.Core.Answers;
using PeaceBot.Core.Suggestions;

namespace PeaceBot.Discord.Tests.Support;

/// <summary>The adapter on a real Kestrel at 127.0.0.1:0 with fake core services, and a signing key like Discord's.</summary>
internal sealed class DiscordTestHost : IAsyncDisposable
{
    public const string ApplicationId = "1100000000000000001";

    private readonly WebApplication _app;
    public TestKeys Keys { get; }
    public FakeAnswerService Answers { get; }
    public FakeSuggestionService Suggestions { get; }
    public HttpClient Client { get; }
    public DiscordRegistration Registration { get; }

    private DiscordTestHost(WebApplication app, TestKeys keys, FakeAnswerService answers, FakeSuggestionService suggestions, DiscordRegistration registration, string baseUrl)
    {
        _app = app;
        Keys = keys;
        Answers = answers;
        Suggestions = suggestions;
        Registration = registration;
        Client = new HttpClient { BaseAddress = new Uri(baseUrl) };
    }

    public IServiceProvider Services => _app.Services;

    public static async Task<DiscordTestHost> StartAsync(string? apiBaseUrl = null, IDictionary<string, string?>? settings = null)
    {
        var keys = new TestKeys();
        var answers = new FakeAnswerService();
        var suggestions = new FakeSuggestionService();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var config = new Dictionary<string, string?>
        {
            ["Discord:PublicKey"] = keys.PublicKeyHex,
            ["Discord:ApplicationId"] = ApplicationId,
            ["Discord:ApiBaseUrl"] = apiBaseUrl ?? "http://127.0.0.1:9/api/v10",
            ["Discord:AnswerBudget"] = "00:00:00.300",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) config[k] = v;
        builder.Configuration.AddInMemoryCollection(config);
        builder.Services.AddSingleton<IAnswerService>(answers);
        builder.Services.AddSingleton<ISuggestionService>(suggestions);
        var registration = builder.Services.AddDiscordAdapter(builder.Configuration);
        var app = builder.Build();
        app.MapDiscordAdapter();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DiscordTestHost(app, keys, answers, suggestions, registration, address);
    }

    public static string Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>A request signed exactly as Discord signs it.</summary>
    public HttpRequestMessage Signed(string json, string? timestamp = null)
    {
        timestamp ??= Now();
        var body = Encoding.UTF8.GetBytes(json);
        var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Signature-Ed25519", Keys.Sign(timestamp, body));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return request;
    }

    public async Task<JsonObject> InteractAsync(string json)
    {
        using var response = await Client.SendAsync(Signed(json));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(text)!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        Keys.Dispose();
    }
}
