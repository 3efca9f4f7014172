using PeaceBot.Core.Answers;

namespace PeaceBot.Core.Commands;

/// <summary>
/// One chat command, declared once: its names, forms (usage, examples, arguments), who may run it, who sees the
/// answer, how its text parses and which handler answers it. <see cref="CommandCatalog"/> lists them all; the parser,
/// /help, the engine and every front end read that list.
/// </summary>
public abstract class CommandModule
{
    /// <summary>Its name, written after the slash.</summary>
    public abstract string Name { get; }

    /// <summary>Other words that name it ("when" for /timeline).</summary>
    public virtual IReadOnlyList<string> Aliases => [];

    /// <summary>One line on what it does, for platforms that describe a command as a whole.</summary>
    public abstract string Summary { get; }

    public abstract IReadOnlyList<CommandForm> Forms { get; }

    /// <summary>What its answers are.</summary>
    public abstract AnswerKind Kind { get; }

    public virtual bool ModeratorOnly => false;

    public virtual CommandVisibility Visibility => ModeratorOnly ? CommandVisibility.AlwaysPrivate : CommandVisibility.FrontEndDefault;

    /// <summary>Checks run, in order, before the handler.</summary>
    public virtual IReadOnlyList<ICommandPrecondition> Preconditions => ModeratorOnly ? [Commands.ModeratorOnly.Instance] : [];

    /// <summary>The command types its parser makes and its handler answers.</summary>
    public abstract IReadOnlyList<Type> CommandTypes { get; }

    /// <summary>True when <paramref name="word"/> (any case, no slash) is its name or an alias.</summary>
    public bool IsNamed(string word) =>
        string.Equals(word, Name, StringComparison.OrdinalIgnoreCase) || Aliases.Contains(word, StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses what follows the command word. Never throws; a failure explains the usage.</summary>
    /// <param name="word">The command word as typed (lower-case): the name or one of the aliases.</param>
    internal abstract ParsedCommand Parse(string word, string rest);

    internal abstract Task<Answer> RunAsync(Command command, CommandRun run, CancellationToken cancellationToken);

    /// <summary>The answer from an already held snapshot, for commands that need nothing else; null for the others.</summary>
    internal virtual Answer? AnswerFrom(Command command, Handlers.CommandContext context) => null;

    /// <summary>"Usage: … e.g. …" of a form, for parse errors.</summary>
    protected string UsageOf(int form = 0) =>
        Forms[form].Examples.Count > 0 ? $"Usage: {Forms[form].Usage}, e.g. {Forms[form].Examples[0]}." : $"Usage: {Forms[form].Usage}.";
}
