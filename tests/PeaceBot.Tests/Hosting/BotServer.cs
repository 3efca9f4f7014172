using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PeaceBot.Hosting;

namespace PeaceBot.Tests.Hosting;

/// <summary>The real served bot on a loopback port, over a temporary knowledge folder the test can edit.</summary>
public sealed class BotServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotServer(WebApplication app, string folder, Uri address)
    {
        _app = app;
        Folder = folder;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
        Client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ApiKey);
    }

    public const string ApiKey = "test-api-key-0123456789";

    public string Folder { get; }

    /// <summary>A loopback port free just now, for an address of its own (Metrics:Urls).</summary>
    public static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }
    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;

    public static Task<BotServer> StartAsync(IDictionary<string, string>? files = null, params string[] settings) =>
        StartAsync(files, null, settings);

    public static Task<BotServer> StartAsync(IDictionary<string, string>? files, Action<WebApplicationBuilder>? configure, params string[] settings) =>
        StartAsync(files, configure, settings, waitForReady: true);

    /// <param name="waitForReady">False for a test of an unready bot: returns once the server listens.</param>
    public static async Task<BotServer> StartAsync(IDictionary<string, string>? files, Action<WebApplicationBuilder>? configure, string[] settings, bool waitForReady)
    {
        var folder = Directory.CreateTempSubdirectory("peacebot-serve-").FullName;
        foreach (var (name, text) in files ?? DefaultFiles) await File.WriteAllTextAsync(Path.Combine(folder, name), text);
        var args = new List<string> { "--urls", "http://127.0.0.1:0", "--Api:Key", ApiKey, "--Knowledge:Folder", folder, "--Knowledge:DebounceMilliseconds", "100", "--Knowledge:RescanSeconds", "1", "--RateLimit:Enabled", "false" };
        args.AddRange(settings);
        var app = PeaceBotHost.Build([.. args], configure);
        await app.StartAsync();
        // The main address, not the one of Metrics:Urls when it is set.
        var metricsPorts = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MetricsOptions>>().Value.Ports() ?? new HashSet<int>();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First(a => !metricsPorts.Contains(new Uri(a).Port));
        var server = new BotServer(app, folder, new Uri(address));
        if (waitForReady) await server.WaitUntilAsync(async () => (await server.Client.GetAsync("/readyz")).IsSuccessStatusCode);
        return server;
    }

    public static Dictionary<string, string> DefaultFiles => new()
    {
        ["ferry.md"] = Article("Ferry news", "The ferry resumed service across the strait after the storm."),
    };

    public static string Article(string title, string body) => $"---\ntitle: {title}\npublished: 2025-03-10\n---\n{body}\n";

    /// <summary>The value of one unlabelled series on <c>/metrics</c>.</summary>
    public async Task<double> MetricAsync(string name)
    {
        var text = await Client.GetStringAsync("/metrics");
        var line = text.Split('\n').Single(l => l.StartsWith(name + " ", StringComparison.Ordinal));
        return double.Parse(line[(name.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<System.Text.Json.JsonElement> AskAsync(string command)
    {
        var response = await Client.PostAsJsonAsync("/api/ask", new { command });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
    }

    /// <summary>Polls a condition (reloads are asynchronous); fails after the timeout.</summary>
    public async Task WaitUntilAsync(Func<Task<bool>> condition, int timeoutMs = 10_000)
    {
        var until = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (DateTime.UtcNow < until)
        {
            if (await condition()) return;
            await Task.Delay(50);
        }
        Assert.Fail("condition not met in time");
    }

    /// <summary>Begins a graceful stop, as SIGTERM does.</summary>
    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
