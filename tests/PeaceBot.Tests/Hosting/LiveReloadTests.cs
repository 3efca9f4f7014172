using System.Text.Json;

namespace PeaceBot.Tests.Hosting;

/// <summary>Moderators edit the folder while people ask: answers follow the files, and no query ever fails.</summary>
public sealed class LiveReloadTests
{
    [Fact]
    public async Task Added_broken_and_deleted_files_while_queries_run()
    {
        await using var server = await BotServer.StartAsync();
        using var stop = new CancellationTokenSource();
        var failures = 0;
        var queries = 0;
        var loop = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var response = await server.Client.PostAsync("/api/ask", new StringContent("{\"command\":\"/ask ferry strait\"}"));
                    var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                    if (!response.IsSuccessStatusCode || json.GetProperty("results").GetArrayLength() == 0) Interlocked.Increment(ref failures);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                }
                Interlocked.Increment(ref queries);
            }
        });

        // Add: the new file's answer appears.
        var lighthouse = Path.Combine(server.Folder, "lighthouse.md");
        await File.WriteAllTextAsync(lighthouse, BotServer.Article("Lighthouse", "The lighthouse keeper counted forty tankers in a week."));
        await server.WaitUntilAsync(async () => (await server.AskAsync("/ask lighthouse keeper tankers")).GetProperty("results").GetArrayLength() > 0);

        // Break: the last good version keeps serving and the problem is reported.
        await File.WriteAllTextAsync(lighthouse, "---\ntitle: [broken\n---\n");
        await server.WaitUntilAsync(async () => (await server.AskAsync("/status")).GetProperty("message").GetString()!.Contains("lighthouse.md:"));
        Assert.True((await server.AskAsync("/ask lighthouse keeper tankers")).GetProperty("results").GetArrayLength() > 0);

        // Delete: its answers disappear.
        File.Delete(lighthouse);
        await server.WaitUntilAsync(async () => (await server.AskAsync("/ask lighthouse keeper tankers")).GetProperty("results").GetArrayLength() == 0);

        await stop.CancelAsync();
        await loop;
        Assert.True(queries > 10, $"only {queries} queries ran");
        Assert.Equal(0, failures);
    }
}
