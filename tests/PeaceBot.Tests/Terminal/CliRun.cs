using PeaceBot.Cli;

namespace PeaceBot.Tests.Terminal;

/// <summary>Runs <c>peacebot</c> in-process with its standard streams captured.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static string BundledKnowledge => Path.Combine(AppContext.BaseDirectory, "bundled-knowledge");

    public static Task<CliRun> RunAsync(string input, params string[] args) => RunAsync(input, terminal: false, args);

    /// <summary>As if standard output were a terminal (progress may be drawn), input still piped.</summary>
    public static Task<CliRun> RunOnTerminalAsync(string input, params string[] args) => RunAsync(input, terminal: true, args);

    private static async Task<CliRun> RunAsync(string input, bool terminal, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, new CliConsole(new StringReader(input), output, error) { IsTerminal = terminal });
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public IReadOnlyList<string> Lines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
