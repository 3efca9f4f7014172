using System.CommandLine;
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
    public Command Define(CliConsole console)
    {
        var source = new Argument<string>("SOURCE") { Description = "An article link (http/https) or a saved page: .html, .txt or .md" };
        var to = new Option<string?>("--to") { Description = "Folder to write to (default: Knowledge:ImportFolder, else imported/ in the knowledge folder)", HelpName = "DIR" };
        var knowledge = new Option<string?>("--knowledge") { Description = "Knowledge folder, for its aliases and the default import folder", HelpName = "DIR" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Preview only; write nothing" };
        var command = new Command("import", "Make a knowledge file from an article link or a saved page, validate and preview it") { source, to, knowledge, dryRun };
        command.SetAction((r, ct) => RunAsync(r.GetValue(source)!, r.GetValue(to), r.GetValue(knowledge), r.GetValue(dryRun), console, ct));
        return command;
    }

    private static async Task<int> RunAsync(string source, string? to, string? knowledgeOption, bool dryRun, CliConsole console, CancellationToken cancellationToken)
    {
        var knowledge = KnowledgeLocator.Find(knowledgeOption);
        var folder = ImportFolderLocator.Find(to ?? Environment.GetEnvironmentVariable("Knowledge__ImportFolder"), knowledge, out var where);
        if (folder is null)
        {
            console.Error.WriteLine($"peacebot import: {where}");
            return 1;
        }

        using var importer = new KnowledgeImporter(Options(), folder, knowledge);
        var result = await importer.ImportAsync(source, dryRun, cancellationToken);
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
