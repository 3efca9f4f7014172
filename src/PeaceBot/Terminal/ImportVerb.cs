using PeaceBot.Cli;
using PeaceBot.Import;
using PeaceBot.Import.Preview;
using PeaceBot.Import.Writing;

namespace PeaceBot.Terminal;

/// <summary>
/// <c>peacebot import &lt;url | file&gt; [--to DIR] [--dry-run]</c>: turns an article link or a saved page into a
/// knowledge file, validates it as <c>check</c> does and prints the preview. Exit 0 when a file was written (or
/// would be), 1 when refused (reason on stderr), 2 for bad arguments.
/// </summary>
public sealed class ImportVerb : IVerb
{
    public string Name => "import";
    public string Usage => "import <url | file.html | file.txt | file.md> [--to DIR] [--knowledge DIR] [--dry-run]";
    public string Summary => "make a knowledge file from an article link or a saved page, and preview it";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        var parsed = VerbArgs.Parse(args, ["to", "knowledge"], ["dry-run"]);
        if (parsed.Error is { } error || parsed.Positional.Count != 1)
        {
            console.Error.WriteLine($"peacebot import: {parsed.Error ?? "give one link or file"}\nusage: peacebot {Usage}");
            return 2;
        }
        var knowledge = KnowledgeLocator.Find(parsed.Value("knowledge"));
        var folder = ImportFolderLocator.Find(parsed.Value("to") ?? Environment.GetEnvironmentVariable("Knowledge__ImportFolder"), knowledge, out var where);
        if (folder is null)
        {
            console.Error.WriteLine($"peacebot import: {where}");
            return 1;
        }

        using var importer = new KnowledgeImporter(Options(), folder, knowledge);
        var result = await importer.ImportAsync(parsed.Positional[0], parsed.Has("dry-run"), cancellationToken);
        if (result.Refusal is { } refusal)
        {
            console.Error.WriteLine($"peacebot import: refused: {refusal}");
            return 1;
        }
        var verb = result.DryRun ? "would write" : result.Replaced ? "updated" : "wrote";
        console.Out.WriteLine($"{verb} {result.FullPath}");
        console.Out.WriteLine(PreviewText.Render(result.Preview!));
        return 0;
    }

    // Import:AllowPrivateNetworks, Import:MaxBytes, Import:TimeoutSeconds from the environment (Import__…).
    private static ImportOptions Options()
    {
        var options = new ImportOptions
        {
            AllowPrivateNetworks = bool.TryParse(Environment.GetEnvironmentVariable("Import__AllowPrivateNetworks"), out var allow) && allow,
        };
        if (long.TryParse(Environment.GetEnvironmentVariable("Import__MaxBytes"), out var max) && max > 0) options = options with { MaxBytes = max };
        if (int.TryParse(Environment.GetEnvironmentVariable("Import__TimeoutSeconds"), out var s) && s > 0) options = options with { Timeout = TimeSpan.FromSeconds(s) };
        return options;
    }
}
