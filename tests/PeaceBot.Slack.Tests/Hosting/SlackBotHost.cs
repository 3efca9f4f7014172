using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PeaceBot.Core.Answers;
using PeaceBot.Slack.Signing;
using PeaceBot.Slack.Tests.Fakes;

namespace PeaceBot.Slack.Tests.Hosting;

/// <summary>The adapter hosted the way <c>peacebot serve</c> hosts it, on a real Kestrel at 127.0.0.1:0, with a fake core.</summary>
public sealed class SlackBotHost : IAsyncDisposable
{
    public const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string BotToken = "xoxb-test-token";

    private readonly WebApplication _app;
    public FakeAnswerService Core { get; }
    public SlackRegistration Registration { get; }
    public HttpClient Client { get; }
    public ListLoggerProvider Logs { get; }

    private SlackBotHost(WebApplication app, FakeAnswerService core, SlackRegistration registration, string baseUrl, ListLoggerProvider logs)
    {
        Logs = logs;
        _app = app;
        Core = core;
        Registration = registration;
        Client = new HttpClient { BaseAddress = new Uri(baseUrl) };
    }

    public static async Task<SlackBotHost> StartAsync(FakeSlackApi slack, IDictionary<string, string?>? extra = null, Action<IServiceCollection>? services = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = Secret,
            ["Slack:BotToken"] = BotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
            ["Slack:ModeratorUserIds:0"] = "UMOD",
        };
        foreach (var (k, v) in extra ?? new Dictionary<string, string?>()) settings[k] = v;

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        var logs = new ListLoggerProvider();
        builder.Logging.AddProvider(logs);
        var core = new FakeAnswerService();
        builder.Services.AddSingleton<IAnswerService>(core);
        services?.Invoke(builder.Services);
        var registration = builder.Services.AddSlackAdapter(builder.Configuration);
        var app = builder.Build();
        app.MapSlackAdapter();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SlackBotHost(app, core, registration, address, logs);
    }

    public static string Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>POSTs a body signed as Slack would sign it (or with the given overrides).</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string path, string body, string contentType = "application/x-www-form-urlencoded",
        string? timestamp = null, string? signature = null, IDictionary<string, string>? headers = null, bool sign = true)
    {
        var ts = timestamp ?? Now();
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        if (sign)
        {
            request.Headers.Add("X-Slack-Request-Timestamp", ts);
            request.Headers.Add("X-Slack-Signature", signature ?? SlackSignatureVerifier.Sign(Secret, ts, Encoding.UTF8.GetBytes(body)));
        }
        foreach (var (k, v) in headers ?? new Dictionary<string, string>()) request.Headers.Add(k, v);
        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
