using System.Diagnostics;
using PeaceBot.Core.Answers;
using PeaceBot.Core.Engine;
using PeaceBot.Core.Index;

namespace PeaceBot.Bench;

/// <summary>Times one command kind through the engine and its words as a raw Lucene query, interleaved so both see the same cache state.</summary>
public static class CommandBench
{
    public sealed record Result(string Command, Percentiles Ours, Percentiles Raw, int Errors, int Answered);

    public static async Task<Result> RunAsync(string name, KnowledgeService knowledge, PeaceBotEngine engine, IReadOnlyList<(string Command, string Words)> queries, int warmup)
    {
        var ours = new Percentiles();
        var raw = new Percentiles();
        int errors = 0, answered = 0;
        for (var i = 0; i < warmup + queries.Count; i++)
        {
            var (command, words) = queries[i % queries.Count];
            var clock = Stopwatch.StartNew();
            var answer = await engine.AnswerAsync(new AnswerRequest(command, "bench"));
            var ourMs = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            RawLuceneQuery.Run(knowledge, words);
            var rawMs = clock.Elapsed.TotalMilliseconds;
            if (i < warmup) continue;
            ours.Add(ourMs);
            raw.Add(rawMs);
            if (answer.Outcome is AnswerOutcome.Failed or AnswerOutcome.BadRequest) errors++;
            if (answer.Results.Count > 0) answered++;
        }
        return new Result(name, ours, raw, errors, answered);
    }
}
