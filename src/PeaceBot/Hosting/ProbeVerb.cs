using PeaceBot.Cli;

namespace PeaceBot.Hosting;

/// <summary>
/// <c>peacebot probe URL</c>: exit 0 when the URL answers 2xx within 3 s. The container's HEALTHCHECK uses it,
/// since the runtime image has no curl.
/// </summary>
public sealed class ProbeVerb : IVerb
{
    public string Name => "probe";
    public string Usage => "probe [URL]";
    public string Summary => "exit 0 if URL (default http://127.0.0.1:8080/healthz) answers 2xx";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        var url = args.Count > 0 ? args[0] : "http://127.0.0.1:8080/healthz";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            console.Error.WriteLine($"peacebot probe: '{url}' is not an http(s) URL");
            return 2;
        }
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await http.GetAsync(uri, cancellationToken);
            console.Out.WriteLine($"{(int)response.StatusCode} {uri}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            console.Error.WriteLine($"peacebot probe: {uri}: {e.Message}");
            return 1;
        }
    }
}
