using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PeaceBot.Discord.Tests.Support;

/// <summary>An in-process stand-in for discord.com/api/v10 that records every request it gets.</summary>
internal sealed class FakeDiscordApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    public Channel<RecordedRequest> Received { get; } = Channel.CreateUnbounded<RecordedRequest>();
    public string BaseUrl { get; }

    /// <summary>Status and JSON body to answer with; 200 "{}" unless a test says otherwise.</summary>
    public Func<RecordedRequest, (int Status, string Body)> Respond { get; set; } = _ => (200, "{}");

    private FakeDiscordApi(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public static async Task<FakeDiscordApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeDiscordApi? self = null;
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var recorded = new RecordedRequest(context.Request.Method, context.Request.Path + context.Request.QueryString, body)
            {
                Authorization = context.Request.Headers.Authorization.ToString(),
                UserAgent = context.Request.Headers.UserAgent.ToString(),
            };
            await self!.Received.Writer.WriteAsync(recorded);
            var (status, reply) = self.Respond(recorded);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(reply);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        self = new FakeDiscordApi(app, address + "/api/v10");
        return self;
    }

    public async Task<RecordedRequest> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await Received.Reader.ReadAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
