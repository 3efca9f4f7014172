using Spectre.Console;

namespace PeaceBot.Cli;

/// <summary>The process's standard streams, injectable so verbs run in tests.</summary>
public sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error)
{
    /// <summary>Columns to wrap text answers to; 0 when output is not a terminal (a file or pipe gets lines whole).</summary>
    public int Width { get; init; }

    /// <summary>True when standard output is a terminal a person watches that draws escape codes (progress may be drawn there).</summary>
    public bool IsTerminal { get; init; }

    /// <summary>True when a person types at a terminal and watches one: both standard input and output are terminals,
    /// so <c>chat</c> may edit lines in place (arrow keys, history). Piped input keeps plain line reading.</summary>
    public bool IsInteractive { get; init; }

    public static CliConsole System
    {
        get
        {
            var terminal = !global::System.Console.IsOutputRedirected;
            // A dumb terminal (Emacs's shell, TERM=dumb) shows escape codes as text: no progress, no line editor.
            var drawable = terminal && Environment.GetEnvironmentVariable("TERM") != "dumb";
            return new(global::System.Console.In, global::System.Console.Out, global::System.Console.Error)
            {
                IsTerminal = drawable,
                IsInteractive = drawable && !global::System.Console.IsInputRedirected,
                Width = terminal ? TerminalWidth() : 0,
            };
        }
    }

    /// <summary>
    /// A Spectre.Console over <see cref="Out"/>: ANSI and live drawing (progress bars, the line editor) only when
    /// <see cref="IsTerminal"/>, so a file or pipe never receives escape codes.
    /// </summary>
    public IAnsiConsole Ansi() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Out),
        Ansi = IsTerminal ? AnsiSupport.Yes : AnsiSupport.No,
        Interactive = IsTerminal ? InteractionSupport.Yes : InteractionSupport.No,
        ColorSystem = IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
    });

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
