using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace PeaceBot.Tests.Hosting;

/// <summary>
/// One loopback server standing in for the outside world of a chat flow: a news site serving articles, Discord's CDN
/// serving an uploaded file (slowly, as a big upload would be), Discord's REST API (deferred answers arrive as edits)
/// and Slack's response_url hooks. It records every call the bot makes to the platforms.
/// </summary>
public sealed class ChatPlatformSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    public sealed record Call(string Method, string Path, string Body);

    private ChatPlatformSite(WebApplication app, string root) => (_app, Root) = (app, root);

    public string Root { get; }
    public ConcurrentQueue<Call> Calls { get; } = new();

    /// <summary>How long the CDN takes to serve an upload.</summary>
    public TimeSpan UploadDelay { get; set; }

    public string DiscordApi => Root + "/api/v10";

    public string SlackHook(string id) => $"{Root}/hooks/{id}";

    public static async Task<ChatPlatformSite> StartAsync(IReadOnlyDictionary<string, string> pages, IReadOnlyDictionary<string, string> uploads)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        ChatPlatformSite? site = null;
        app.MapGet("/news/{name}", (string name) => pages.TryGetValue(name, out var html) ? Results.Text(html, "text/html; charset=utf-8") : Results.NotFound());
        app.MapGet("/attachments/{channel}/{id}/{name}", async (string name, CancellationToken ct) =>
        {
            if (site!.UploadDelay > TimeSpan.Zero) await Task.Delay(site.UploadDelay, ct);
            return uploads.TryGetValue(name, out var text) ? Results.Text(text, "text/html; charset=utf-8") : Results.NotFound();
        });
        app.Map("/{**rest}", async (HttpContext http) =>
        {
            var body = await new StreamReader(http.Request.Body).ReadToEndAsync();
            site!.Calls.Enqueue(new Call(http.Request.Method, http.Request.Path.Value ?? "", body));
            return Results.Json(new { ok = true, id = "1" });
        });
        await app.StartAsync();
        var root = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        site = new ChatPlatformSite(app, root);
        return site;
    }

    /// <summary>The first recorded call matching, waiting for it (deferred answers are delivered in the background).</summary>
    public async Task<Call> WaitForAsync(Func<Call, bool> match, int timeoutMs = 15_000)
    {
        var until = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (DateTime.UtcNow < until)
        {
            if (Calls.FirstOrDefault(match) is { } call) return call;
            await Task.Delay(25);
        }
        throw new TimeoutException("the bot made no such call: " + string.Join(", ", Calls.Select(c => $"{c.Method} {c.Path}")));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
