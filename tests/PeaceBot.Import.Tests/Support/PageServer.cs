using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PeaceBot.Import.Tests.Support;

/// <summary>An in-process web site on loopback: the test pages under /pages/…, plus routes a test adds.</summary>
public sealed class PageServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PageServer(WebApplication app, Uri root)
    {
        _app = app;
        Root = root;
    }

    public Uri Root { get; }

    public Uri At(string path) => new(Root, path);

    public static async Task<PageServer> StartAsync(Action<WebApplication>? routes = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/pages/{name}", (string name) =>
        {
            var path = Path.Combine(AppContext.BaseDirectory, "Pages", Path.GetFileName(name));
            return File.Exists(path) ? Results.Text(File.ReadAllText(path), "text/html; charset=utf-8") : Results.NotFound();
        });
        routes?.Invoke(app);
        await app.StartAsync();
        var address = app.Urls.First();
        return new PageServer(app, new Uri(address + "/"));
    }

    public static string Page(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Pages", name));

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
