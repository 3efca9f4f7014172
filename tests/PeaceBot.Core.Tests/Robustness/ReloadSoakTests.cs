using PeaceBot.Core.Answers;
using PeaceBot.Core.Engine;

namespace PeaceBot.Core.Tests.Robustness;

/// <summary>
/// Queries at full speed from several threads while the folder is rewritten again and again (adds, edits, breaks,
/// deletes): no query fails, and every answer comes from a complete index.
/// </summary>
public sealed class ReloadSoakTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("peacebot-soak-");

    [Fact]
    public async Task Queries_never_fail_while_the_folder_is_rewritten()
    {
        // The anchor file never changes: any complete index answers for it.
        File.WriteAllText(Path.Combine(_dir.FullName, "anchor.md"), Article("Anchor", "The lighthouse keeper logged every passing tanker."));
        using var service = new KnowledgeService(_dir.FullName);
        await service.ReloadAsync();
        var engine = new PeaceBotEngine(service);

        using var stop = new CancellationTokenSource();
        var failures = 0;
        var missingAnchor = 0;
        var answered = 0;
        var readers = Enumerable.Range(0, 3).Select(t => Task.Run(async () =>
        {
            string[] commands = ["/ask lighthouse keeper tanker", "/ask harbour crane", "/sources", "/plan point 2", "/timeline march"];
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var command = commands[(i + t) % commands.Length];
                var answer = await engine.AnswerAsync(new AnswerRequest(command, "test"));
                Interlocked.Increment(ref answered);
                if (answer.Outcome is AnswerOutcome.Failed) Interlocked.Increment(ref failures);
                if (command.Contains("lighthouse") && answer.Results.Count == 0) Interlocked.Increment(ref missingAnchor);
            }
        })).ToList();

        var rounds = (int)SuiteSize.Pick(25, 100);
        for (var round = 0; round < rounds; round++)
        {
            var path = Path.Combine(_dir.FullName, $"file-{round % 5}.md");
            switch (round % 4)
            {
                case 0: File.WriteAllText(path, Article($"Round {round}", $"The harbour crane number {round} lifted containers.")); break;
                case 1: File.WriteAllText(path, "---\ntitle: [broken\n---\n"); break;
                case 2: File.WriteAllText(path, $"---\ntitle: Plan {round}\nkind: plan\nplan: plan-{round % 5}\n---\n1. First step.\n2. Second step {round}.\n"); break;
                default: File.Delete(path); break;
            }
            var report = await service.ReloadAsync();
            Assert.True(report.Status.Files >= 1);
        }
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.True(answered > rounds, $"only {answered} queries ran");
        Assert.Equal(0, failures);
        Assert.Equal(0, missingAnchor);
    }

    private static string Article(string title, string body) => $"---\ntitle: {title}\npublished: 2025-03-10\n---\n{body}\n";

    public void Dispose() => _dir.Delete(recursive: true);
}
