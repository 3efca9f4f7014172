namespace PeaceBot.Cli;

/// <summary>Dispatches <c>peacebot &lt;verb&gt; [args]</c> to a verb; unknown verbs print the usage.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
        {
            PrintUsage(console.Out);
            return args.Length == 0 ? 2 : 0;
        }

        var verb = VerbTable.Find(args[0]);
        if (verb is null)
        {
            console.Error.WriteLine($"peacebot: unknown verb '{args[0]}'.");
            PrintUsage(console.Error);
            return 2;
        }

        return await verb.RunAsync(args[1..], console, cancellationToken);
    }

    private static void PrintUsage(TextWriter writer)
    {
        writer.WriteLine("usage: peacebot <verb> [options]");
        writer.WriteLine();
        foreach (var verb in VerbTable.All)
            writer.WriteLine($"  {verb.Usage,-58} {verb.Summary}");
    }
}
