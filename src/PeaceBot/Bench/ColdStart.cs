using System.Diagnostics;
using System.Net.Sockets;

namespace PeaceBot.Bench;

/// <summary>Process start to a 200 from <c>/readyz</c>: a real <c>peacebot serve</c> child process, polled.</summary>
public static class ColdStart
{
    public static async Task<double?> MeasureAsync(string? knowledge, string? indexPath, TextWriter log)
    {
        var port = FreePort();
        var args = new List<string> { typeof(ColdStart).Assembly.Location, "serve", "--urls", $"http://127.0.0.1:{port}", "--Logging:LogLevel:Default", "Warning" };
        if (knowledge is not null) args.AddRange(["--Knowledge:Folder", knowledge]);
        if (indexPath is not null) args.AddRange(["--Knowledge:IndexPath", indexPath]);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        try
        {
            while (clock.Elapsed < TimeSpan.FromMinutes(3) && !process.HasExited)
            {
                try
                {
                    if ((await http.GetAsync($"http://127.0.0.1:{port}/readyz")).IsSuccessStatusCode) return clock.Elapsed.TotalSeconds;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                }
                await Task.Delay(20);
            }
            log.WriteLine("bench: the server never became ready");
            return null;
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
