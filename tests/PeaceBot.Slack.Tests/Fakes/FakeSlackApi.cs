using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PeaceBot.Slack.Tests.Fakes;

/// <summary>An in-process Slack on loopback: Web API methods under /api/ and response_url hooks under /hooks/.</summary>
public sealed class FakeSlackApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<RecordedCall> _calls = Channel.CreateUnbounded<RecordedCall>();
    private readonly Channel<FakeSocket> _sockets = Channel.CreateUnbounded<FakeSocket>();
    private int _socketCount;
    private int _rateLimitLeft;
    private int _silentLeft;

    /// <summary>The Authorization header of every apps.connections.open call, in order.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> ConnectionOpens { get; } = new();

    /// <summary>How many chat.postMessage calls answer 429 (Retry-After: 0) before succeeding.</summary>
    public int RateLimitFirst { get => Math.Max(0, _rateLimitLeft); set => _rateLimitLeft = value; }

    /// <summary>The Retry-After a 429 gives, in seconds.</summary>
    public int RetryAfterSeconds { get; set; }

    /// <summary>How many Socket Mode connections are accepted and then never read again (no PONG, no traffic): a network drop.</summary>
    public int SilentSockets { get => Math.Max(0, _silentLeft); set => _silentLeft = value; }

    /// <summary>How many chat.postMessage calls answer <see cref="FailStatus"/> before succeeding.</summary>
    public int FailFirst { get; set; }

    /// <summary>The status those failing calls answer (503 unless a test says otherwise).</summary>
    public HttpStatusCode FailStatus { get; set; } = HttpStatusCode.ServiceUnavailable;

    /// <summary>When set, chat.postMessage answers ok:false with this error code.</summary>
    public string? ErrorCode { get; set; }

    private FakeSlackApi(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";
    public string ApiBaseUrl => BaseUrl + "/api/";
    public string ResponseUrl(string id = "T1/1/abc") => BaseUrl + "/hooks/" + id;

    public static async Task<FakeSlackApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSlackApi(app);
        app.MapPost("/api/chat.postMessage", async (HttpContext http) =>
        {
            var call = await fake.Record(http);
            if (Interlocked.Decrement(ref fake._rateLimitLeft) >= 0)
            {
                http.Response.Headers.RetryAfter = fake.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Results.StatusCode((int)HttpStatusCode.TooManyRequests);
            }
            if (fake.FailFirst > 0)
            {
                fake.FailFirst--;
                return Results.StatusCode((int)fake.FailStatus);
            }
            if (fake.ErrorCode is { } code) return Results.Json(new { ok = false, error = code });
            var json = call.Json;
            return Results.Json(new
            {
                ok = true,
                channel = json["channel"]?.ToString(),
                ts = "1700000000.000200",
                message = new { type = "message", text = json["text"]?.ToString(), ts = "1700000000.000200", bot_id = "B1" },
            });
        });
        app.UseWebSockets();
        app.MapPost("/api/apps.connections.open", (HttpContext http) =>
        {
            fake.ConnectionOpens.Enqueue(http.Request.Headers.Authorization.ToString());
            var n = Interlocked.Increment(ref fake._socketCount);
            return Results.Json(new { ok = true, url = fake.BaseUrl.Replace("http://", "ws://") + "/socket/" + n });
        });
        app.Map("/socket/{n:int}", async (HttpContext http, int n) =>
        {
            if (!http.WebSockets.IsWebSocketRequest) { http.Response.StatusCode = 400; return; }
            if (Interlocked.Decrement(ref fake._silentLeft) >= 0)
            {
                using var silent = await http.WebSockets.AcceptWebSocketAsync();
                await Task.Delay(Timeout.Infinite, http.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            }
            var socket = new FakeSocket(await http.WebSockets.AcceptWebSocketAsync(), n);
            await fake._sockets.Writer.WriteAsync(socket);
            await socket.RunAsync();
        });
        app.MapPost("/hooks/{**id}", async (HttpContext http) =>
        {
            await fake.Record(http);
            return Results.Text("ok");
        });
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    private async Task<RecordedCall> Record(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var call = new RecordedCall(http.Request.Path, http.Request.Headers.Authorization.ToString(), http.Request.ContentType, await reader.ReadToEndAsync());
        await _calls.Writer.WriteAsync(call);
        return call;
    }

    /// <summary>The next call the bot makes; fails the test if none arrives within a generous bound.</summary>
    public async Task<RecordedCall> NextCallAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _calls.Reader.ReadAsync(cts.Token);
    }

    /// <summary>The next Socket Mode connection the bot opens.</summary>
    public async Task<FakeSocket> NextSocketAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _sockets.Reader.ReadAsync(cts.Token);
    }

    /// <summary>True when a further call is already recorded (use after the bot's work is known to be done).</summary>
    public bool TryTakeCall(out RecordedCall? call) => _calls.Reader.TryRead(out call);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
