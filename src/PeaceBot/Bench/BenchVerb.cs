using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PeaceBot.Cli;
using PeaceBot.Core.Engine;
using PeaceBot.Terminal;

namespace PeaceBot.Bench;

/// <summary>
/// <c>peacebot bench</c>: builds a synthetic corpus of N passages, indexes it, and measures each command against a
/// raw Lucene baseline, then a restart over the unchanged on-disk index. Figures go to the README, never into tests.
/// </summary>
public sealed class BenchVerb : IVerb
{
    public string Name => "bench";
    public string Usage => "bench [--passages N] [--queries Q] [--json] [--keep DIR] [--no-http] [--quick] [--concurrency C]";
    public string Summary => "benchmark indexing and every command against raw Lucene";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        var parsed = VerbArgs.Parse(args, ["passages", "queries", "keep", "seed", "concurrency"], ["json", "no-http", "quick"]);
        if (parsed.Error is { } error || !Positive(parsed.Value("passages") ?? "20000", out var passages) || !Positive(parsed.Value("queries") ?? "2000", out var queries))
        {
            console.Error.WriteLine($"peacebot bench: {parsed.Error ?? "--passages and --queries take whole numbers from 1"}\nusage: peacebot {Usage}");
            return 2;
        }
        var seed = int.TryParse(parsed.Value("seed"), out var s) ? s : 20251120;
        var root = parsed.Value("keep") ?? Path.Combine(Path.GetTempPath(), $"peacebot-bench-{Environment.ProcessId}");
        var folder = Path.Combine(root, "knowledge");
        var indexPath = Path.Combine(root, "index");
        var log = console.Error;
        try
        {
            if (Directory.Exists(root) && parsed.Value("keep") is null) Directory.Delete(root, recursive: true);
            var corpus = new SyntheticCorpus(seed, SyntheticCorpus.VocabularyFrom(KnowledgeLocator.Find(null)));
            log.WriteLine($"bench: writing {passages} passages to {folder}");
            var written = corpus.Write(folder, passages);

            var clock = Stopwatch.StartNew();
            using var knowledge = new KnowledgeService(folder, new KnowledgeOptions { IndexPath = indexPath });
            var report = await knowledge.ReloadAsync(cancellationToken);
            var indexSeconds = clock.Elapsed.TotalSeconds;
            var status = report.Status;
            log.WriteLine($"bench: indexed {status.Passages} passages, {status.Quotes} quotes, {status.Events} events in {indexSeconds:0.00} s");
            var engine = new PeaceBotEngine(knowledge, answerCacheSize: 0); // measure the engine, not the cache

            var rng = new Random(seed);
            var workloads = new Dictionary<string, List<(string, string)>>
            {
                ["who-said"] = Sample(rng, corpus.QuoteSamples, queries, q => ($"/who said {q}", q)),
                ["plan"] = Enumerable.Range(0, queries).Select(_ => rng.Next(1, SyntheticCorpus.PointsPerPlan + 1))
                    .Select(n => ($"/plan point {n}", $"point {n}")).ToList(),
                ["timeline"] = Sample(rng, corpus.MonthSamples, queries, m => (rng.Next(2) == 0 ? $"/timeline {m}" : $"/timeline {m} 2025", m)),
                ["ask"] = Sample(rng, corpus.QuestionSamples, queries, q => ($"/ask what about {q}", q)),
            };
            var results = new List<CommandBench.Result>();
            foreach (var (name, list) in workloads)
            {
                var r = await CommandBench.RunAsync(name, knowledge, engine, list, warmup: Math.Min(500, queries));
                results.Add(r);
                log.WriteLine(FormattableString.Invariant($"bench: {name,-9} p50 {r.Ours.At(50):0.000} ms  p99 {r.Ours.At(99):0.000} ms  raw p50 {r.Raw.At(50):0.000} ms  p99 {r.Raw.At(99):0.000} ms  answered {r.Answered}/{r.Ours.Count}  errors {r.Errors}"));
            }
            var rssMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
            knowledge.Dispose();

            // Thousands of distinct commands, so the answer cache helps only as much as it would in a real channel.
            var mixed = corpus.QuoteSamples.Take(2000).Select(q => $"who {q}")
                .Concat(Enumerable.Range(1, SyntheticCorpus.PointsPerPlan).Select(n => $"plan {n}"))
                .Concat(corpus.MonthSamples.Take(500).Select(m => $"timeline {m}"))
                .Concat(corpus.QuestionSamples.Take(2000).Select(q => $"ask {q}"))
                .OrderBy(_ => rng.Next()).ToList();
            HttpFigures? http = null;
            if (!parsed.Has("no-http"))
                http = await HttpBench.RunAsync(folder, indexPath, mixed, concurrency: int.TryParse(parsed.Value("concurrency"), out var c) && c > 0 ? c : 8, TimeSpan.FromSeconds(parsed.Has("quick") ? 3 : 10), log);

            var readyDefault = await ColdStart.MeasureAsync(null, null, log);
            var readyRestart = await ColdStart.MeasureAsync(folder, indexPath, log);
            log.WriteLine($"bench: cold start to /readyz: bundled knowledge {readyDefault:0.00} s; {written} passages over the existing on-disk index {readyRestart:0.00} s");

            var figures = new BenchFigures(written, status.Passages / indexSeconds, rssMb, results, readyRestart ?? -1)
            {
                Http = http,
                ReadyDefaultSeconds = readyDefault ?? -1,
            };
            console.Out.WriteLine(parsed.Has("json") ? figures.ToJson() : figures.ToTable());
            return results.Any(r => r.Errors > 0) ? 1 : 0;
        }
        finally
        {
            if (parsed.Value("keep") is null && Directory.Exists(root))
                try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }

    private static List<(string, string)> Sample(Random rng, List<string> pool, int count, Func<string, (string, string)> make) =>
        pool.Count == 0 ? [] : Enumerable.Range(0, count).Select(_ => make(pool[rng.Next(pool.Count)])).ToList();

    private static bool Positive(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
}
