using System.CommandLine;
using PeaceBot.Cli;

namespace PeaceBot.Hosting;

/// <summary>
/// <c>peacebot probe URL</c>: exit 0 when the URL answers 2xx within 3 s. The container's HEALTHCHECK uses it,
/// since the runtime image has no curl.
/// </summary>
public sealed class ProbeVerb : IVerb
{
    public const string DefaultUrl = "http://127.0.0.1:8080/healthz";

    public Command Define(CliConsole console)
    {
        var url = new Argument<string>("URL") { Description = $"What to probe (default {DefaultUrl})", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => DefaultUrl };
        var command = new Command("probe", "Exit 0 if URL answers 2xx within 3 s (the container's health check)") { url };
        command.SetAction((r, ct) => RunAsync(r.GetValue(url) ?? DefaultUrl, console, ct));
        return command;
    }

    private static async Task<int> RunAsync(string url, CliConsole console, CancellationToken cancellationToken)
    {
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
