using System.Diagnostics;

namespace PeaceBot.Tests.Hosting;

/// <summary>
/// A configuration error seen as an operator sees it: the real <c>peacebot serve</c> process, its appsettings.json next
/// to it, environment variables and the command line. One clear line naming the key, exit code 1, no stack trace.
/// </summary>
public sealed class ServeVerbTests
{
    [Theory]
    [InlineData("{ \"Api\": { \"Key\": \"x\", }, oops }", "", "appsettings.json")]
    [InlineData("{ \"RateLimit\": { \"PermitsPerWindow\": \"lots\" } }", "", "RateLimit:PermitsPerWindow")]
    [InlineData("{ \"Api\": { \"Key\": \"short\" } }", "", "Api:Key")]
    [InlineData("", "RateLimit__WindowSeconds=abc", "RateLimit:WindowSeconds")]
    [InlineData("", "Knowledge__RescanSeconds=-5", "Knowledge:RescanSeconds")]
    [InlineData("", "Health__SessionGraceSeconds=99999", "Health:SessionGraceSeconds")]
    [InlineData("", "ForwardedHeaders__KnownProxies__0=not-an-ip", "ForwardedHeaders:KnownProxies")]
    [InlineData("", "ForwardedHeaders__KnownNetworks__0=10.0.0.0/99", "ForwardedHeaders:KnownNetworks")]
    [InlineData("", "Metrics__Urls=http://127.0.0.1", "Metrics:Urls")]
    [InlineData("", "Discord__PublicKey=" + "ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12", "Discord:ApplicationId")]
    [InlineData("", "Slack__SigningSecret=0123456789abcdef0123456789abcdef", "Slack:BotToken")]
    public async Task A_configuration_error_prints_one_line_naming_the_key_and_no_stack_trace(string appsettings, string environment, string key)
    {
        var dir = Directory.CreateTempSubdirectory("peacebot-config-").FullName;
        try
        {
            // The app beside an appsettings.json of the test's own. PeaceBot.dll is a copy, not a link: the app reads
            // appsettings.json from the folder its main assembly really is in.
            foreach (var file in Directory.GetFiles(AppContext.BaseDirectory))
                if (Path.GetFileName(file) != "PeaceBot.dll") File.CreateSymbolicLink(Path.Combine(dir, Path.GetFileName(file)), file);
            File.Copy(Path.Combine(AppContext.BaseDirectory, "PeaceBot.dll"), Path.Combine(dir, "PeaceBot.dll"));
            if (appsettings.Length > 0) await File.WriteAllTextAsync(Path.Combine(dir, "appsettings.json"), appsettings);

            var (code, output) = await RunAsync(dir, environment, "serve", "--urls", "http://127.0.0.1:0", "--Knowledge:Folder", dir);

            Assert.Equal(1, code);
            var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.StartsWith("peacebot serve: configuration: ", line);
            Assert.Contains(key, line);
            Assert.DoesNotContain("Exception", line);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<(int Code, string Output)> RunAsync(string dir, string environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dir };
        start.ArgumentList.Add(Path.Combine(dir, "PeaceBot.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var key in start.Environment.Keys.Where(k => k.Contains("__", StringComparison.Ordinal)).ToList()) start.Environment.Remove(key);
        if (environment.Split('=', 2) is [var name, var value]) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await stdout + await stderr);
    }
}
