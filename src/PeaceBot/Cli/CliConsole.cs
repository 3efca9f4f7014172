namespace PeaceBot.Cli;

/// <summary>The process's standard streams, injectable so verbs run in tests.</summary>
public sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error)
{
    /// <summary>Columns to wrap text answers to; 0 when output is not a terminal (a file or pipe gets lines whole).</summary>
    public int Width { get; init; }

    /// <summary>True when standard output is a terminal a person watches (progress may be drawn there).</summary>
    public bool IsTerminal { get; init; }

    public static CliConsole System
    {
        get
        {
            var terminal = !global::System.Console.IsOutputRedirected;
            return new(global::System.Console.In, global::System.Console.Out, global::System.Console.Error)
                { IsTerminal = terminal, Width = terminal ? TerminalWidth() : 0 };
        }
    }

    private static int TerminalWidth()
    {
        try
        {
            return global::System.Console.WindowWidth is > 0 and var w ? w : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
