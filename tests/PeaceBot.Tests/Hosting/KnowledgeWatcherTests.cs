namespace PeaceBot.Tests.Hosting;

/// <summary>
/// The watcher follows the folder at the configured path, not the one it first attached to. Rescans are off, so only
/// file events can bring a change in: an edit after the folder came back proves the watcher re-attached.
/// </summary>
public sealed class KnowledgeWatcherTests
{
    private static Task<BotServer> StartAsync() => BotServer.StartAsync(null, "--Knowledge:RescanSeconds", "0", "--Knowledge:DebounceMilliseconds", "100");

    private static async Task WaitForAnswerAsync(BotServer server, string question, bool present = true) =>
        await server.WaitUntilAsync(async () => (await server.AskAsync("/ask " + question)).GetProperty("results").GetArrayLength() > 0 == present);

    [Fact]
    public async Task Removed_and_recreated_folder_is_watched_again()
    {
        await using var server = await StartAsync();
        Directory.Delete(server.Folder, recursive: true);
        await server.WaitUntilAsync(async () => (await server.Client.GetStringAsync("/readyz")).Contains("\"status\":\"degraded\""));

        Directory.CreateDirectory(server.Folder);
        await File.WriteAllTextAsync(Path.Combine(server.Folder, "harbour.md"), BotServer.Article("Harbour", "The harbour master reopened the grain berth."));
        await WaitForAnswerAsync(server, "harbour master grain berth");
        await WaitForAnswerAsync(server, "ferry strait", present: false);

        // An edit inside the new folder arrives through the re-attached watcher.
        await File.WriteAllTextAsync(Path.Combine(server.Folder, "bridge.md"), BotServer.Article("Bridge", "The bridge inspectors closed the northern span."));
        await WaitForAnswerAsync(server, "bridge inspectors northern span");
        Assert.Contains("\"status\":\"healthy\"", await server.Client.GetStringAsync("/readyz"));
    }

    [Fact]
    public async Task A_folder_moved_away_and_back_or_swapped_is_watched_again()
    {
        await using var server = await StartAsync();
        var away = server.Folder + ".away";
        Directory.Move(server.Folder, away);
        await server.WaitUntilAsync(async () => (await server.Client.GetStringAsync("/readyz")).Contains("\"status\":\"degraded\""));
        Directory.Move(away, server.Folder);
        await server.WaitUntilAsync(async () => (await server.Client.GetStringAsync("/readyz")).Contains("\"status\":\"healthy\""));

        await File.WriteAllTextAsync(Path.Combine(server.Folder, "harbour.md"), BotServer.Article("Harbour", "The harbour master reopened the grain berth."));
        await WaitForAnswerAsync(server, "harbour master grain berth");

        // A swap: another folder moved in where the first one was.
        var next = Directory.CreateTempSubdirectory("peacebot-swap-").FullName;
        await File.WriteAllTextAsync(Path.Combine(next, "bridge.md"), BotServer.Article("Bridge", "The bridge inspectors closed the northern span."));
        Directory.Move(server.Folder, away);
        Directory.Move(next, server.Folder);
        await WaitForAnswerAsync(server, "bridge inspectors northern span");
        await File.WriteAllTextAsync(Path.Combine(server.Folder, "tunnel.md"), BotServer.Article("Tunnel", "The tunnel crews poured the last concrete ring."));
        await WaitForAnswerAsync(server, "tunnel crews concrete ring");
        Directory.Delete(away, recursive: true);
    }
}
