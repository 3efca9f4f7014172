namespace PeaceBot.Core.Commands;

/// <summary>The outcome of parsing chat text: a command, or a message that explains what was wrong.</summary>
public sealed record ParsedCommand(Command? Command, string? Error)
{
    public bool IsValid => Command is not null;

    public static ParsedCommand Ok(Command command) => new(command, null);

    public static ParsedCommand Fail(string error) => new(null, error);
}
