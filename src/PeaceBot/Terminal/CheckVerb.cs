using System.CommandLine;
using PeaceBot.Cli;
using PeaceBot.Core.Engine;

namespace PeaceBot.Terminal;

/// <summary><c>peacebot check [DIR]</c>: loads a knowledge folder as the bot would and lists every problem; exit 1 if any.</summary>
public sealed class CheckVerb : IVerb
{
    public Command Define(CliConsole console)
    {
        var knowledge = new Option<string?>("--knowledge") { Description = "Knowledge folder (same as DIR)", HelpName = "DIR" };
        var dir = new Argument<string?>("DIR") { Description = "Knowledge folder (default: ./knowledge or the bundled one)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("check", "Validate knowledge files; print file:line: problem, exit 1 if any") { knowledge, dir };
        command.SetAction((r, ct) => RunAsync(KnowledgeLocator.Find(r.GetValue(dir) ?? r.GetValue(knowledge)), console, ct));
        return command;
    }

    private static async Task<int> RunAsync(string? folder, CliConsole console, CancellationToken cancellationToken)
    {
        if (folder is null || !Directory.Exists(folder))
        {
            console.Error.WriteLine($"peacebot check: no knowledge folder {(folder is null ? "found" : $"at '{folder}'")}.");
            return 2;
        }

        using var knowledge = new KnowledgeService(folder);
        var report = await CliProgress.IndexingAsync(console, true, folder, () => knowledge.ReloadAsync(cancellationToken));
        foreach (var problem in report.Problems) console.Out.WriteLine(problem);
        var s = report.Status;
        console.Error.WriteLine($"{folder}: {s.Files} files loaded ({s.Passages} passages, {s.Quotes} quotes, {s.Events} events, {s.Plans} plans), {report.Problems.Count} problem(s).");
        return report.Problems.Count == 0 ? 0 : 1;
    }
}
