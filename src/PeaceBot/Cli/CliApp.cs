using System.CommandLine;

namespace PeaceBot.Cli;

/// <summary>
/// <c>peacebot &lt;verb&gt; [options]</c> on System.CommandLine: parsing, validation, <c>--help</c> for the tool and
/// for each verb. A bad command line prints what is wrong and how to get help, with exit code 2.
/// </summary>
public static class CliApp
{
    public const int UsageError = 2;

    public static RootCommand Define(CliConsole console)
    {
        var root = new RootCommand("PeaceBot: quoted, cited answers about the Russia–Ukraine peace talks, for Discord, Slack and the terminal.");
        foreach (var verb in VerbTable.All) root.Subcommands.Add(verb.Define(console));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var root = Define(console);
        var invocation = new InvocationConfiguration { Output = console.Out, Error = console.Error };
        // Chat text may start with '@'; it is a question, never a response file.
        var parsing = new ParserConfiguration { ResponseFileTokenReplacer = null };
        var bare = args.Length == 0;
        if (bare || args[0] == "help") args = [.. args.Skip(1), "--help"];
        var result = root.Parse(args, parsing);
        if (result.Errors.Count > 0)
        {
            var verb = result.CommandResult.Command == root ? "" : " " + Path(result.CommandResult.Command, root);
            foreach (var e in result.Errors) console.Error.WriteLine($"peacebot{verb}: {e.Message}");
            console.Error.WriteLine($"usage: peacebot{verb} [options] (see peacebot{verb} --help)");
            return UsageError;
        }
        var code = await result.InvokeAsync(invocation, cancellationToken);
        return bare ? UsageError : code;
    }

    private static string Path(Command command, RootCommand root)
    {
        var names = new List<string>();
        for (var c = command; c is not null && c != root; c = c.Parents.OfType<Command>().FirstOrDefault()) names.Insert(0, c.Name);
        return string.Join(' ', names);
    }
}
