using PeaceBot.Core.Answers;

namespace PeaceBot.Core.Commands;

/// <summary>Lets only moderators (as each front end identifies them) run a command.</summary>
public sealed class ModeratorOnly : ICommandPrecondition
{
    public static ModeratorOnly Instance { get; } = new();

    public PreconditionResult Check(CommandModule command, AnswerRequest request) =>
        request.IsModerator ? PreconditionResult.Success : PreconditionResult.Refused($"Only moderators can use /{command.Name}.");
}
