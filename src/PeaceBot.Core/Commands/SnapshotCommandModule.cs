using PeaceBot.Core.Answers;
using PeaceBot.Core.Handlers;

namespace PeaceBot.Core.Commands;

/// <summary>A command answered from one knowledge snapshot: cached per snapshot and cut to the page asked for.</summary>
public abstract class SnapshotCommandModule<TCommand> : CommandModule<TCommand> where TCommand : Command
{
    internal sealed override Task<Answer> RunAsync(Command command, CommandRun run, CancellationToken cancellationToken) =>
        Task.FromResult(run.FromSnapshot(context => Answer((TCommand)command, context)));

    internal sealed override Answer? AnswerFrom(Command command, CommandContext context) => Answer((TCommand)command, context);

    /// <summary>Answers with every result (the engine cuts the page); runs under a held snapshot.</summary>
    internal abstract Answer Answer(TCommand command, CommandContext context);
}
