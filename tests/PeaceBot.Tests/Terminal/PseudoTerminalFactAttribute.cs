namespace PeaceBot.Tests.Terminal;

/// <summary>A test that needs a pseudo-terminal; skipped, saying why, where util-linux <c>script</c> is missing.</summary>
public sealed class PseudoTerminalFactAttribute : FactAttribute
{
    public PseudoTerminalFactAttribute()
    {
        if (!PseudoTerminal.Available)
            Skip = $"no pseudo-terminal: {PseudoTerminal.Script} (util-linux/bsdutils) is not installed; apt-get install -y bsdutils (.ci/run does it)";
    }
}
