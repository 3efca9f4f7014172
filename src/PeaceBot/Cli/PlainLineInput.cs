namespace PeaceBot.Cli;

/// <summary>Writes the prompt and reads a whole line: piped input, files and tests.</summary>
public sealed class PlainLineInput(CliConsole console, string prompt) : ILineInput
{
    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        await console.Out.WriteAsync(prompt);
        await console.Out.FlushAsync(cancellationToken);
        return await console.In.ReadLineAsync(cancellationToken);
    }
}
