using PeaceBot.Core.Answers;
using PeaceBot.Core.Engine;

namespace PeaceBot.Core.Tests.Engine;

/// <summary>
/// The same knowledge always gives the same answer: the index is built from one folder in different orders (one file
/// at a time, in parallel, and half of it first with the rest added by a reload), and every probe command must answer
/// byte for byte alike, because ties are broken by date, file path and offset rather than by indexing order.
/// </summary>
public sealed class DeterminismTests : IDisposable
{
    private static readonly string[] Probes =
    [
        "/timeline november 2025",
        "/timeline 2025",
        "/timeline ceasefire",
        "/timeline 28-point plan",
        "/timeline zelensky",
        "/ask what did the plan say about NATO",
        "/ask territory",
        "/ask sanctions relief",
        "/who said peace",
        "/who said we will keep the talks going",
        "/quotes trump",
        "/plan point 7",
        "/plan point 3 20-point",
        "/plan compare NATO",
        "/plan compare territory",
        "/plan list",
        "/sources",
    ];

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("peacebot-determinism-");
    private string Folder => Path.Combine(_root.FullName, "knowledge");

    public DeterminismTests()
    {
        Copy(Path.Combine(AppContext.BaseDirectory, "bundled-knowledge"), Folder);
        // Copies make exact ties: the same passages, quotes and events, with the same scores and dates, in two files.
        var articles = Path.Combine(Folder, "articles");
        foreach (var file in Directory.GetFiles(articles, "*.md").Order(StringComparer.Ordinal).Take(2))
            File.Copy(file, Path.Combine(articles, "copy-" + Path.GetFileName(file)));
        // Forty speakers with one words and one date: more exact phrase ties than the matcher looks at.
        for (var i = 0; i < 40; i++)
            File.WriteAllText(Path.Combine(articles, $"tie-{i:00}.md"),
                $"---\ntitle: Tie report {i}\npublisher: Tie Gazette\npublished: 2025-11-03\nurl: https://example.org/tie-{i}\n---\n"
                + $"“We will keep the talks going,” said Envoy Marek Tiel{i:00}.\n");
    }

    [Fact]
    public async Task Builds_in_any_order_answer_every_probe_alike()
    {
        var oneAtATime = await Answers(new KnowledgeOptions { Parallelism = 1 }, halfFirst: false);
        var parallel = await Answers(new KnowledgeOptions { Parallelism = 8 }, halfFirst: false);
        var lastHalfFirst = await Answers(new KnowledgeOptions { Parallelism = 1 }, halfFirst: true);

        Assert.All(Probes, p => Assert.NotEqual("", oneAtATime[p]));
        var differ = Probes.Where(p => parallel[p] != oneAtATime[p] || lastHalfFirst[p] != oneAtATime[p]).ToList();
        Assert.True(differ.Count == 0, "answered differently: " + string.Join(", ", differ) + "\n"
            + string.Join("\n", differ.Select(p => $"{p}\n  {oneAtATime[p]}\n  {parallel[p]}\n  {lastHalfFirst[p]}")));
    }

    // Each build is fresh (its own in-memory index). With halfFirst, the files of the second half of the ordinal order
    // are indexed first and the others are added by a second reload, so their documents come later in the index.
    private async Task<Dictionary<string, string>> Answers(KnowledgeOptions options, bool halfFirst)
    {
        var files = Directory.GetFiles(Folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var held = Path.Combine(_root.FullName, "held");
        var early = files.Take(files.Count / 2).ToList();
        if (halfFirst)
            foreach (var f in early)
            {
                var to = Path.Combine(held, Path.GetRelativePath(Folder, f));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Move(f, to);
            }
        using var service = new KnowledgeService(Folder, options);
        await service.ReloadAsync();
        if (halfFirst)
        {
            foreach (var f in early) File.Move(Path.Combine(held, Path.GetRelativePath(Folder, f)), f);
            await service.ReloadAsync();
        }
        var engine = new PeaceBotEngine(service);
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var probe in Probes)
            answers[probe] = AnswerJson.Serialize(await engine.AnswerAsync(new AnswerRequest(probe, "test", 1, 25)));
        return answers;
    }

    private static void Copy(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }

    public void Dispose()
    {
        try { _root.Delete(recursive: true); } catch (IOException) { }
    }
}
