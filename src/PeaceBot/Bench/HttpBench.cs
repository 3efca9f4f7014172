using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using NSec.Cryptography;
using PeaceBot.Hosting;

namespace PeaceBot.Bench;

/// <summary>
/// End to end over loopback: the real served bot, and a load generator sending correctly signed Discord
/// interactions at fixed concurrency for a fixed time. Anything but a 200 with an answer is an error.
/// </summary>
public static class HttpBench
{
    /// <param name="settings">Further <c>--Key value</c> pairs for the served bot (the question log on or off).</param>
    /// <param name="label">Names the run in the log line.</param>
    public static async Task<HttpFigures> RunAsync(string knowledge, string indexPath, IReadOnlyList<string> commands, int concurrency, TimeSpan duration, TextWriter log,
        IReadOnlyList<string>? settings = null, string label = "")
    {
        using var key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        var publicKey = Convert.ToHexString(key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
        await using var app = PeaceBotHost.Build([
            "--urls", "http://127.0.0.1:0", "--Knowledge:Folder", knowledge, "--Knowledge:IndexPath", indexPath,
            "--Discord:PublicKey", publicKey, "--Discord:ApplicationId", "123456789012345678", "--RateLimit:Enabled", "false",
            "--Answers:CacheSize", "0", // every request answered from the index: the conservative figure
            "--Logging:LogLevel:Default", "Warning",
            .. settings ?? [],
        ]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri(address) };
        while (!(await http.GetAsync("/readyz")).IsSuccessStatusCode) await Task.Delay(50);

        var bodies = commands.ToArray(); // built per request: every interaction carries a fresh id
        // Warm up first: JIT tiers and a freshly opened on-disk index would otherwise be measured as load.
        var warmUntil = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            for (var i = w; warmUntil.Elapsed < TimeSpan.FromSeconds(2) || i < bodies.Length; i += concurrency)
                await SendAsync(http, key, Interaction(bodies[i % bodies.Length]));
        })));

        var latency = new Percentiles();
        var errors = 0;
        var total = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var mine = new List<double>();
            for (var i = w; clock.Elapsed < duration; i += concurrency)
            {
                var start = Stopwatch.GetTimestamp();
                if (!await SendAsync(http, key, Interaction(bodies[i % bodies.Length]))) Interlocked.Increment(ref errors);
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                Interlocked.Increment(ref total);
            }
            lock (latency) foreach (var ms in mine) latency.Add(ms);
        })).ToList();
        await Task.WhenAll(workers);
        var seconds = clock.Elapsed.TotalSeconds;
        await app.StopAsync();
        log.WriteLine(FormattableString.Invariant($"bench: http{label} {total} signed Discord requests at concurrency {concurrency}: {total / seconds:0} req/s, p50 {latency.At(50):0.000} ms, p99 {latency.At(99):0.000} ms, errors {errors}"));
        return new HttpFigures(total / seconds, latency, errors);
    }

    /// <summary>Signs and sends one interaction; true when it came back 200 with an answer.</summary>
    private static async Task<bool> SendAsync(HttpClient http, Key key, byte[] body)
    {
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = Convert.ToHexString(SignatureAlgorithm.Ed25519.Sign(key, [.. Encoding.UTF8.GetBytes(ts), .. body]));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new ByteArrayContent(body) };
        request.Headers.Add("X-Signature-Ed25519", signature);
        request.Headers.Add("X-Signature-Timestamp", ts);
        try
        {
            using var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            return response.IsSuccessStatusCode && text.Contains("\"type\":4", StringComparison.Ordinal);
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static long _lastId;

    /// <summary>One signed interaction; each gets its own id, as Discord sends them (a repeated id is refused as a replay).</summary>
    private static byte[] Interaction(string command)
    {
        var id = Interlocked.Increment(ref _lastId);
        var (name, options) = command.Split(' ', 2) switch
        {
            ["who", var words] => ("who", $"[{{\"name\":\"said\",\"type\":1,\"options\":[{{\"name\":\"quote\",\"type\":3,\"value\":{Json(words)}}}]}}]"),
            ["plan", var n] => ("plan", $"[{{\"name\":\"point\",\"type\":1,\"options\":[{{\"name\":\"number\",\"type\":4,\"value\":{n}}}]}}]"),
            ["timeline", var when] => ("timeline", $"[{{\"name\":\"when\",\"type\":3,\"value\":{Json(when)}}}]"),
            [_, var q] => ("ask", $"[{{\"name\":\"question\",\"type\":3,\"value\":{Json(q)}}}]"),
            _ => ("help", "[]"),
        };
        var json = $"{{\"id\":\"{id}\",\"application_id\":\"123456789012345678\",\"type\":2,\"token\":\"bench\",\"member\":{{\"user\":{{\"id\":\"bench\"}},\"permissions\":\"0\",\"roles\":[]}},\"data\":{{\"id\":\"9\",\"name\":\"{name}\",\"type\":1,\"options\":{options}}}}}";
        return Encoding.UTF8.GetBytes(json);
    }

    private static string Json(string s) => System.Text.Json.JsonSerializer.Serialize(s);
}
