using PeaceBot.Core.Answers;

namespace PeaceBot.Core.Commands;

/// <summary>A check run before a command's handler; a refusal becomes the answer, the handler never runs.</summary>
public interface ICommandPrecondition
{
    PreconditionResult Check(CommandModule command, AnswerRequest request);
}
