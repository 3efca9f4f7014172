namespace PeaceBot.Core.Commands;

/// <summary>A command whose parser makes <typeparamref name="TCommand"/>s.</summary>
public abstract class CommandModule<TCommand> : CommandModule where TCommand : Command
{
    public override IReadOnlyList<Type> CommandTypes => [typeof(TCommand)];
}
