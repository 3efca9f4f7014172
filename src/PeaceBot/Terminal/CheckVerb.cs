using PeaceBot.Cli;
using PeaceBot.Core.Engine;

namespace PeaceBot.Terminal;

/// <summary><c>peacebot check [DIR]</c>: loads a knowledge folder as the bot would and lists every problem; exit 1 if any.</summary>
public sealed class CheckVerb : IVerb
{
    public string Name => "check";
    public string Usage => "check [DIR]";
    public string Summary => "validate knowledge files; print file:line: problem, exit 1 if any";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        var parsed = VerbArgs.Parse(args, ["knowledge"], []);
        if (parsed.Error is { } error || parsed.Positional.Count > 1)
        {
            console.Error.WriteLine($"peacebot check: {parsed.Error ?? "give at most one folder"}\nusage: peacebot {Usage}");
            return 2;
        }
        var folder = KnowledgeLocator.Find(parsed.Positional.Count == 1 ? parsed.Positional[0] : parsed.Value("knowledge"));
        if (folder is null || !Directory.Exists(folder))
        {
            console.Error.WriteLine($"peacebot check: no knowledge folder {(folder is null ? "found" : $"at '{folder}'")}.");
            return 2;
        }

        using var knowledge = new KnowledgeService(folder);
        var report = await knowledge.ReloadAsync(cancellationToken);
        foreach (var problem in report.Problems) console.Out.WriteLine(problem);
        var s = report.Status;
        console.Error.WriteLine($"{folder}: {s.Files} files loaded ({s.Passages} passages, {s.Quotes} quotes, {s.Events} events, {s.Plans} plans), {report.Problems.Count} problem(s).");
        return report.Problems.Count == 0 ? 0 : 1;
    }
}
