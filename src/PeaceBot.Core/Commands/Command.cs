namespace PeaceBot.Core.Commands;

/// <summary>A parsed chat command. <see cref="Text"/> is its canonical form, which parses back to the same command.</summary>
public abstract record Command
{
    public abstract string Text { get; }
}
