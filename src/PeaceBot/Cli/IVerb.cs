using System.CommandLine;

namespace PeaceBot.Cli;

/// <summary>One <c>peacebot &lt;verb&gt;</c>, declared as a System.CommandLine command whose action returns the exit code.</summary>
public interface IVerb
{
    Command Define(CliConsole console);
}
