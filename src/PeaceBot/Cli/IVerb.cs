namespace PeaceBot.Cli;

/// <summary>One <c>peacebot &lt;verb&gt;</c>. Returns the process exit code.</summary>
public interface IVerb
{
    string Name { get; }
    string Usage { get; }
    string Summary { get; }
    Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken);
}
