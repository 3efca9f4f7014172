using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Data.Sqlite;
using PeaceBot.Storage;

namespace PeaceBot.Tests.Storage;

/// <summary>A real <c>peacebot serve</c> child process, killed with SIGKILL while it logs questions; the file must reopen sound.</summary>
public sealed class KillDuringWritesTests
{
    [Fact]
    public async Task A_kill_9_while_writing_leaves_a_sound_database()
    {
        var db = StorageTestData.TempDb();
        var knowledge = Directory.CreateTempSubdirectory("peacebot-kill-").FullName;
        await File.WriteAllTextAsync(Path.Combine(knowledge, "ferry.md"), "---\ntitle: Ferry\npublished: 2025-03-10\n---\nThe ferry crossed the strait.\n");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "PeaceBot.dll"), "serve", "--urls", $"http://127.0.0.1:{port}", "--Knowledge:Folder", knowledge,
                     "--Storage:Path", db, "--RateLimit:Enabled", "false", "--Api:AllowAnonymous", "true" })
            start.ArgumentList.Add(a);
        using var child = Process.Start(start)!;
        child.OutputDataReceived += (_, _) => { };
        child.ErrorDataReceived += (_, _) => { };
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            var ready = false;
            // Up to 60 s on a busy machine: a 503 "not ready yet" is retried after a pause like a refused connection.
            for (var i = 0; i < 600 && !ready; i++)
            {
                try { ready = (await http.GetAsync("/readyz")).IsSuccessStatusCode; }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
                if (!ready) await Task.Delay(100);
            }
            Assert.True(ready, "serve did not become ready");

            // Ask until rows are on disk, then keep asking and kill mid-stream.
            using var stop = new CancellationTokenSource();
            var load = Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    try { await http.PostAsync("/api/ask", new StringContent($"{{\"command\":\"/ask ferry {w} {i}\"}}", Encoding.UTF8, "application/json")); }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
                }
            })));
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (Rows(db) < 50 && DateTime.UtcNow < deadline) await Task.Delay(100);
            child.Kill(); // SIGKILL
            await child.WaitForExitAsync();
            stop.Cancel();
            await load;
        }
        finally
        {
            if (!child.HasExited) child.Kill();
        }

        SqliteConnection.ClearAllPools();
        using var store = new SqliteBotStore(db);
        Assert.Equal("ok", store.IntegrityCheck());
        Assert.True(store.Counts().Questions >= 50, $"{store.Counts().Questions} rows survived");
        Assert.All(store.Questions(20), q => Assert.StartsWith("/ask ferry", q.Command));
    }

    private static long Rows(string db)
    {
        if (!File.Exists(db)) return 0;
        try
        {
            using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT COUNT(*) FROM questions";
            return (long)cmd.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0;
        }
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
