using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PeaceBot.Core.Answers;
using PeaceBot.Core.Suggestions;

namespace PeaceBot.Discord.Tests.Support;

/// <summary>The Discord adapter hosted on real Kestrel over loopback, with a fake core and a fake Discord API.</summary>
public sealed class DiscordTestHost : IAsyncDisposable
{
    public const string ApplicationId = "123456789012345678";
    private readonly WebApplication _app;

    private DiscordTestHost(WebApplication app, TestSigner signer, FakeCore core, FakeDiscordApi api, Uri address)
    {
        (_app, Signer, Core, Api) = (app, signer, core, api);
        Client = new HttpClient { BaseAddress = address };
    }

    public TestSigner Signer { get; }
    public FakeCore Core { get; }
    public FakeDiscordApi Api { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;

    public static async Task<DiscordTestHost> StartAsync(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var signer = new TestSigner();
        var core = new FakeCore();
        var api = await FakeDiscordApi.StartAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var config = new Dictionary<string, string?>
        {
            ["Discord:PublicKey"] = signer.PublicKeyHex,
            ["Discord:ApplicationId"] = ApplicationId,
            ["Discord:BotToken"] = "test-bot-token",
            ["Discord:ApiBaseUrl"] = api.BaseUrl,
            ["Discord:AnswerBudgetMilliseconds"] = "1500",
        };
        foreach (var (k, v) in settings ?? []) config[k] = v;
        builder.Configuration.AddInMemoryCollection(config);
        builder.Services.AddSingleton<IAnswerService>(core);
        builder.Services.AddSingleton<ISuggestionService>(core);
        services?.Invoke(builder.Services);
        builder.Services.AddDiscordAdapter(builder.Configuration);
        var app = builder.Build();
        app.MapDiscordAdapter();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DiscordTestHost(app, signer, core, api, new Uri(address));
    }

    public static string Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>Posts a body signed as Discord would sign it.</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string json, string? timestamp = null)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var ts = timestamp ?? Now;
        return PostAsync(body, Signer.Sign(ts, body), ts);
    }

    public Task<HttpResponseMessage> PostAsync(byte[] body, string? signature, string? timestamp)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        if (signature is not null) request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
        if (timestamp is not null) request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        return Client.SendAsync(request);
    }

    public async Task<JsonObject> InteractAsync(string json)
    {
        var response = await PostSignedAsync(json);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public static string Command(string name, string options, string? permissions = null, string extra = "") =>
        $$"""{"id":"{{NextId()}}","application_id":"{{ApplicationId}}","type":2,"token":"tok-{{Guid.NewGuid():N}}","guild_id":"42","member":{"user":{"id":"u1"},"permissions":"{{permissions ?? "0"}}","roles":[]},"data":{"id":"9","name":"{{name}}","type":1,"options":{{options}}}{{extra}}}""";

    private static long _lastId = 1_000_000;

    /// <summary>Each interaction Discord sends has its own id (a repeated one is a replay).</summary>
    public static string NextId() => Interlocked.Increment(ref _lastId).ToString(CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Api.DisposeAsync();
        Signer.Dispose();
    }
}
