using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.CommandLine;
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
    private sealed record Settings(int Passages, int Queries, int Seed, string? Keep, int Concurrency, bool Json, bool NoHttp, bool Quick);

    public Command Define(CliConsole console)
    {
        Option<int> Count(string name, string description, int value)
        {
            var o = new Option<int>(name) { Description = description, DefaultValueFactory = _ => value, HelpName = "N" };
            o.Validators.Add(r => { if (CliValues.Int(r) is < 1) r.AddError($"{name} takes a whole number from 1."); });
            return o;
        }
        var passages = Count("--passages", "Synthetic passages to index", 20000);
        var queries = Count("--queries", "Queries timed per command", 2000);
        var concurrency = Count("--concurrency", "Parallel HTTP clients", 8);
        var seed = new Option<int>("--seed") { Description = "Random seed of the corpus and queries", DefaultValueFactory = _ => 20251120 };
        var keep = new Option<string?>("--keep") { Description = "Write the corpus and index here and keep them", HelpName = "DIR" };
        var json = new Option<bool>("--json") { Description = "Figures as JSON" };
        var noHttp = new Option<bool>("--no-http") { Description = "Skip the HTTP load test" };
        var quick = new Option<bool>("--quick") { Description = "A 3 s HTTP run instead of 10 s" };
        var command = new Command("bench", "Benchmark indexing and every command against raw Lucene")
            { passages, queries, json, keep, noHttp, quick, concurrency, seed };
        command.SetAction((r, ct) => RunAsync(new Settings(r.GetValue(passages), r.GetValue(queries), r.GetValue(seed), r.GetValue(keep),
            r.GetValue(concurrency), r.GetValue(json), r.GetValue(noHttp), r.GetValue(quick)), console, ct));
        return command;
    }

    private static async Task<int> RunAsync(Settings settings, CliConsole console, CancellationToken cancellationToken)
    {
        var (passages, queries, seed) = (settings.Passages, settings.Queries, settings.Seed);
        var root = settings.Keep ?? Path.Combine(Path.GetTempPath(), $"peacebot-bench-{Environment.ProcessId}");
        var folder = Path.Combine(root, "knowledge");
        var indexPath = Path.Combine(root, "index");
        var log = console.Error;
        try
        {
            if (Directory.Exists(root) && settings.Keep is null) Directory.Delete(root, recursive: true);
            var corpus = new SyntheticCorpus(seed, SyntheticCorpus.VocabularyFrom(KnowledgeLocator.Find(null)));
            log.WriteLine($"bench: writing {passages} passages to {folder}");
            var written = corpus.Write(folder, passages);

            var clock = Stopwatch.StartNew();
            using var knowledge = new KnowledgeService(folder, new KnowledgeOptions { IndexPath = indexPath });
            var report = await CliProgress.IndexingAsync(console, !settings.Json, folder, () => knowledge.ReloadAsync(cancellationToken));
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
            HttpFigures? http = null, httpNoLog = null;
            if (!settings.NoHttp)
            {
                // The question log on (as served: SQLite, real writes off the answer path) and off; the two must be within 10%.
                // Run off, on, on, off: on a machine whose load drifts, the drift falls on both alike.
                var duration = TimeSpan.FromSeconds(settings.Quick ? 3 : 10) / 2;
                string[] off = ["--Storage:LogQuestions", "false"];
                string[] on = ["--Storage:LogQuestions", "true", "--Storage:Path", Path.Combine(root, "bench.db")];
                var offRuns = new List<(HttpFigures, double)>();
                var onRuns = new List<(HttpFigures, double)>();
                foreach (var logged in new[] { false, true, true, false })
                {
                    var run = await HttpBench.RunAsync(folder, indexPath, mixed, settings.Concurrency, duration, log, logged ? on : off,
                        logged ? " (question log on, SQLite)" : " (question log off)");
                    (logged ? onRuns : offRuns).Add((run, duration.TotalSeconds));
                }
                (http, httpNoLog) = (HttpFigures.Combine(onRuns), HttpFigures.Combine(offRuns));
                log.WriteLine(FormattableString.Invariant($"bench: question log on/off throughput {http.RequestsPerSecond / Math.Max(1, httpNoLog.RequestsPerSecond):0.00}, p50 {http.Latency.At(50) / Math.Max(0.001, httpNoLog.Latency.At(50)):0.00}"));
            }

            var readyDefault = await ColdStart.MeasureAsync(null, null, log);
            var readyRestart = await ColdStart.MeasureAsync(folder, indexPath, log);
            log.WriteLine($"bench: cold start to /readyz: bundled knowledge {readyDefault:0.00} s; {written} passages over the existing on-disk index {readyRestart:0.00} s");

            var figures = new BenchFigures(written, status.Passages / indexSeconds, rssMb, results, readyRestart ?? -1)
            {
                Http = http,
                HttpNoLog = httpNoLog,
                ReadyDefaultSeconds = readyDefault ?? -1,
            };
            console.Out.WriteLine(settings.Json ? figures.ToJson() : figures.ToTable());
            return results.Any(r => r.Errors > 0) ? 1 : 0;
        }
        finally
        {
            if (settings.Keep is null && Directory.Exists(root))
                try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }

    private static List<(string, string)> Sample(Random rng, List<string> pool, int count, Func<string, (string, string)> make) =>
        pool.Count == 0 ? [] : Enumerable.Range(0, count).Select(_ => make(pool[rng.Next(pool.Count)])).ToList();
}
