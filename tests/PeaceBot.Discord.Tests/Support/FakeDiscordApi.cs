using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace PeaceBot.Discord.Tests.Support;

/// <summary>Discord's REST API as far as PeaceBot uses it, in-process on loopback: it records every call.</summary>
public sealed class FakeDiscordApi : IAsyncDisposable
{
    private readonly WebApplication _app;

    public sealed record Call(string Method, string Path, string Authorization, string Body);

    public ConcurrentQueue<Call> Calls { get; } = new();
    public int RateLimitFirst { get; set; }

    /// <summary>The <c>retry_after</c> (seconds) a 429 gives.</summary>
    public double RetryAfterSeconds { get; set; } = 0.05;

    /// <summary>How many calls answer <see cref="FailStatus"/> (after any 429s) before succeeding.</summary>
    public int FailFirst { get; set; }

    public int FailStatus { get; set; } = 503;

    /// <summary>Every request that reached the fake, 429s and failures included.</summary>
    public int Attempts => _attempts;

    private int _attempts;
    public string BaseUrl { get; private set; } = "";

    private FakeDiscordApi(WebApplication app) => _app = app;

    public static async Task<FakeDiscordApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var api = new FakeDiscordApi(app);
        app.Run(async http =>
        {
            var body = await new StreamReader(http.Request.Body).ReadToEndAsync();
            Interlocked.Increment(ref api._attempts);
            if (api.RateLimitFirst > 0)
            {
                api.RateLimitFirst--;
                http.Response.StatusCode = 429;
                await http.Response.WriteAsJsonAsync(new { message = "You are being rate limited.", retry_after = api.RetryAfterSeconds, global = false });
                return;
            }
            if (api.FailFirst > 0)
            {
                api.FailFirst--;
                http.Response.StatusCode = api.FailStatus;
                await http.Response.WriteAsJsonAsync(new { message = "failed on purpose", code = 0 });
                return;
            }
            api.Calls.Enqueue(new Call(http.Request.Method, http.Request.Path, http.Request.Headers.Authorization.ToString(), body));
            if (http.Request.Method == "PUT") { http.Response.ContentType = "application/json"; await http.Response.WriteAsync(body); return; }
            if (http.Request.Path.StartsWithSegments("/gateway")) { await http.Response.WriteAsJsonAsync(new { url = "ws://127.0.0.1:1" }); return; }
            http.Response.StatusCode = http.Request.Method == "POST" ? 204 : 200;
            if (http.Response.StatusCode == 200) await http.Response.WriteAsJsonAsync(new { id = "1" });
        });
        await app.StartAsync();
        api.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/api/v10";
        return api;
    }

    public async Task<Call> WaitForAsync(Func<Call, bool> match, int timeoutMs = 5000)
    {
        var until = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (DateTime.UtcNow < until)
        {
            if (Calls.FirstOrDefault(match) is { } call) return call;
            await Task.Delay(20);
        }
        throw new TimeoutException("the expected Discord API call never came");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
