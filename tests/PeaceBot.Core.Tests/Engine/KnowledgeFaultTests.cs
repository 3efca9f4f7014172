using System.Net.Sockets;
using System.Runtime.InteropServices;
using PeaceBot.Core.Answers;
using PeaceBot.Core.Engine;
using PeaceBot.Core.Tests.Support;

namespace PeaceBot.Core.Tests.Engine;

/// <summary>Faults of the disk, the index and the folder: none of them loses knowledge already served.</summary>
public sealed class KnowledgeFaultTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("peacebot-fault-");
    private string Knowledge => Path.Combine(_root.FullName, "knowledge");
    private string IndexPath => Path.Combine(_root.FullName, "index");

    public KnowledgeFaultTests()
    {
        Directory.CreateDirectory(Knowledge);
        for (var i = 0; i < 5; i++) Write($"a{i}.md", $"The ferry number {i} resumed service across the strait.");
    }

    private void Write(string name, string body) =>
        File.WriteAllText(Path.Combine(Knowledge, name), $"---\ntitle: {name}\npublished: 2025-01-02\n---\n{body}\n");

    [Fact]
    public async Task A_full_disk_keeps_the_last_good_snapshot_reports_it_and_recovers_without_a_restart()
    {
        FullDisk? disk = null;
        using var service = new KnowledgeService(Knowledge, new KnowledgeOptions { IndexPath = IndexPath, WrapDirectory = d => disk = new FullDisk(d) });
        Assert.Equal(5, (await service.ReloadAsync()).Status.Files);

        disk!.Full = true;
        for (var i = 5; i < 10; i++) Write($"a{i}.md", $"The bridge number {i} reopened to lorries.");
        var failed = await service.ReloadAsync();
        Assert.NotNull(failed.Failure);
        Assert.True(disk.Faults > 0);
        Assert.Equal(5, service.Status.Files);
        Assert.Contains("No space left", service.Status.Health.LastReloadFailure);
        var again = await service.ReloadAsync(); // retried, still full: still the last good knowledge
        Assert.NotNull(again.Failure);
        Assert.Equal(5, service.Status.Files);

        disk.Full = false;
        var recovered = await service.ReloadAsync();
        Assert.Null(recovered.Failure);
        Assert.Equal(5, recovered.Added);
        Assert.Equal(10, service.Status.Files);
        Assert.True(service.Status.Health.IsHealthy);
    }

    [Fact]
    public async Task A_full_disk_at_start_up_serves_nothing_it_has_not_committed_and_is_not_healthy()
    {
        using var service = new KnowledgeService(Knowledge, new KnowledgeOptions { IndexPath = IndexPath, WrapDirectory = d => new FullDisk(d) { Full = true } });
        var report = await service.ReloadAsync();
        Assert.NotNull(report.Failure);
        Assert.False(service.Status.IsReady);
        Assert.False(service.Status.Health.IsHealthy);
    }

    [Theory]
    [InlineData("truncate-cfs")]
    [InlineData("flip-cfs")]
    [InlineData("segments")]
    public async Task A_corrupt_index_is_moved_aside_rebuilt_on_disk_and_reported(string damage)
    {
        using (var first = new KnowledgeService(Knowledge, new KnowledgeOptions { IndexPath = IndexPath }))
            await first.ReloadAsync();
        var files = Directory.GetFiles(IndexPath);
        var target = damage == "segments" ? files.Single(f => Path.GetFileName(f).StartsWith("segments_")) : files.OrderByDescending(f => new FileInfo(f).Length).First(f => f.EndsWith(".cfs"));
        var bytes = File.ReadAllBytes(target);
        if (damage == "truncate-cfs") bytes = bytes[..(bytes.Length / 2)];
        else bytes[bytes.Length / 2] ^= 0x5a;
        File.WriteAllBytes(target, bytes);

        using (var second = new KnowledgeService(Knowledge, new KnowledgeOptions { IndexPath = IndexPath }))
        {
            var report = await second.ReloadAsync();
            Assert.Equal(5, report.Status.Files);
            Assert.Equal(5, report.Added);
            Assert.Contains(report.Problems, p => p.File == "(index)" && p.Message.Contains("corrupt") && p.Message.Contains("moved aside"));
            Assert.True(second.Status.Health.IsHealthy);
        }
        using var third = new KnowledgeService(Knowledge, new KnowledgeOptions { IndexPath = IndexPath });
        var reused = await third.ReloadAsync();
        Assert.Equal(5, reused.Unchanged); // rebuilt on disk, not in memory
        Assert.Equal(0, reused.Added);
    }

    [Fact]
    public async Task A_removed_folder_keeps_the_last_good_knowledge_and_says_so_until_it_returns()
    {
        using var service = new KnowledgeService(Knowledge);
        await service.ReloadAsync();
        Directory.Delete(Knowledge, recursive: true);

        var report = await service.ReloadAsync();
        Assert.Equal(5, report.Status.Files);
        Assert.Contains("does not exist", service.Status.Health.Folder);
        Assert.NotEmpty((await new PeaceBotEngine(service).AnswerAsync(new AnswerRequest("/ask ferry strait"))).Results);

        Directory.CreateDirectory(Knowledge);
        Write("b.md", "The harbour crane lifted grain.");
        var back = await service.ReloadAsync();
        Assert.Equal(1, back.Status.Files);
        Assert.True(service.Status.Health.IsHealthy);
    }

    [Fact]
    public async Task An_unreadable_subfolder_keeps_its_files()
    {
        Directory.CreateDirectory(Path.Combine(Knowledge, "plans"));
        File.WriteAllText(Path.Combine(Knowledge, "plans", "p.md"), "---\ntitle: P\nkind: plan\nplan: p\n---\n1. One thing.\n2. Two things.\n");
        var locked = false;
        using var service = new KnowledgeService(Knowledge, new KnowledgeOptions
        {
            ListFolder = d => locked && d.EndsWith("plans") ? throw new UnauthorizedAccessException("Permission denied") : Directory.EnumerateFileSystemEntries(d).ToList(),
        });
        Assert.Equal(1, (await service.ReloadAsync()).Status.Plans);
        locked = true;
        var report = await service.ReloadAsync();
        Assert.Equal(1, report.Status.Plans);
        Assert.Contains(report.Problems, p => p.File == "plans" && p.Message.Contains("could not be read"));
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int mkfifo(string path, uint mode);

    [Fact]
    public async Task A_fifo_or_a_socket_is_reported_and_skipped_without_blocking()
    {
        Assert.Equal(0, mkfifo(Path.Combine(Knowledge, "x.md"), 0x1a4));
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(Knowledge, "s.md")));
        using var service = new KnowledgeService(Knowledge);

        var reload = service.ReloadAsync();
        Assert.Same(reload, await Task.WhenAny(reload, Task.Delay(TimeSpan.FromSeconds(20))));
        var report = await reload;
        Assert.Equal(5, report.Status.Files);
        Assert.Contains(report.Problems, p => p.File == "x.md" && p.Message.Contains("not a regular file"));
        Assert.Contains(report.Problems, p => p.File == "s.md" && p.Message.Contains("not a regular file"));
    }

    [Fact]
    public async Task A_link_to_a_file_outside_the_folder_is_refused_and_one_inside_is_served()
    {
        var outside = Path.Combine(_root.FullName, "secret.md");
        File.WriteAllText(outside, "---\ntitle: Secret\npublished: 2025-01-02\n---\nThe vault code is hidden here.\n");
        File.CreateSymbolicLink(Path.Combine(Knowledge, "passwd.md"), outside);
        File.CreateSymbolicLink(Path.Combine(Knowledge, "again.md"), Path.Combine(Knowledge, "a0.md"));
        using var service = new KnowledgeService(Knowledge);

        var report = await service.ReloadAsync();
        Assert.Contains(report.Problems, p => p.File == "passwd.md" && p.Message.Contains("outside the knowledge folder"));
        Assert.Empty((await new PeaceBotEngine(service).AnswerAsync(new AnswerRequest("/ask vault code hidden"))).Results);
        Assert.Equal(6, report.Status.Files);
    }

    [Fact]
    public async Task A_newline_in_a_name_cannot_forge_a_status_line_and_a_backslash_is_kept()
    {
        File.WriteAllText(Path.Combine(Knowledge, "evil\nfake.md:1: all good.md"), "");
        Write("back\\slash.md", "The lighthouse keeper counted tankers.");
        using var service = new KnowledgeService(Knowledge);

        var report = await service.ReloadAsync();
        var status = (await new PeaceBotEngine(service).AnswerAsync(new AnswerRequest("/status") { IsModerator = true })).Message;
        Assert.DoesNotContain(status.Split('\n'), l => l.StartsWith("fake.md", StringComparison.Ordinal));
        Assert.Contains("evil\\nfake.md", status);
        var cited = (await new PeaceBotEngine(service).AnswerAsync(new AnswerRequest("/ask lighthouse keeper tankers"))).Results[0].Source.File;
        Assert.Equal("back\\slash.md", cited);
        Assert.True(File.Exists(Path.Combine(Knowledge, cited)));
    }

    public void Dispose() => _root.Delete(recursive: true);
}
