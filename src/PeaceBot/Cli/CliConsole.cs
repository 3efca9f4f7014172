namespace PeaceBot.Cli;

/// <summary>The process's standard streams, injectable so verbs run in tests.</summary>
public sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error)
{
    public static CliConsole System => new(global::System.Console.In, global::System.Console.Out, global::System.Console.Error);
}
