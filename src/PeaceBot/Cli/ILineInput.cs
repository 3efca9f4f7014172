namespace PeaceBot.Cli;

/// <summary>Where <c>chat</c> reads the next line from, after showing its prompt.</summary>
public interface ILineInput
{
    /// <summary>The next line typed, or null at end of input.</summary>
    Task<string?> ReadLineAsync(CancellationToken cancellationToken);

    /// <summary>
    /// A line editor with arrow keys, Home/End and Up/Down history (RadLine) when a person types at a terminal;
    /// plain line reading otherwise, so piped input and tests read exactly what they send.
    /// </summary>
    static ILineInput For(CliConsole console, string prompt) =>
        console.IsInteractive ? new EditedLineInput(console, prompt) : new PlainLineInput(console, prompt);
}
