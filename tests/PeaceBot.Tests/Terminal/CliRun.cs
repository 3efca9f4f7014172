using PeaceBot.Cli;

namespace PeaceBot.Tests.Terminal;

/// <summary>Runs <c>peacebot</c> in-process with its standard streams captured.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static string BundledKnowledge => Path.Combine(AppContext.BaseDirectory, "bundled-knowledge");

    public static async Task<CliRun> RunAsync(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, new CliConsole(new StringReader(input), output, error));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public IReadOnlyList<string> Lines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
