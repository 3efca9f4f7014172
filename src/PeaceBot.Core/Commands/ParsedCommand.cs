namespace PeaceBot.Core.Commands;

/// <summary>The outcome of parsing chat text: a command, or a message that explains what was wrong.</summary>
public sealed record ParsedCommand(Command? Command, string? Error, string Verb)
{
    public bool IsValid => Command is not null;

    public static ParsedCommand Ok(Command command, string verb) => new(command, null, verb);

    public static ParsedCommand Fail(string error, string verb = "") => new(null, error, verb);
}
