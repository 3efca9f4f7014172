using PeaceBot.Core.Answers;
using PeaceBot.Core.Handlers;

namespace PeaceBot.Core.Commands.Modules;

/// <summary>/help and /help &lt;command&gt;: the commands, or one command's usage, examples from the loaded knowledge and aliases.</summary>
public sealed class HelpModule : CommandModule<HelpCommand>
{
    public override string Name => "help";
    public override IReadOnlyList<string> Aliases => ["start"];
    public override string Summary => "How to ask PeaceBot";
    public override AnswerKind Kind => AnswerKind.Help;

    public override IReadOnlyList<CommandForm> Forms { get; } =
    [
        new(null, "/help [command]", "this list, or how to use one command",
            [new("command", ArgumentKind.Text, "A command to explain") { MaxLength = 32 }],
            ["/help", "/help plan"]),
    ];

    internal override ParsedCommand Parse(string word, string rest)
    {
        if (rest.Length == 0) return ParsedCommand.Ok(new HelpCommand());
        var topic = CommandParser.SplitFirst(rest).First;
        return CommandCatalog.Find(topic) is { } module
            ? ParsedCommand.Ok(new HelpCommand(module.Name))
            : ParsedCommand.Fail($"I know no command /{CommandParser.Shorten(topic.TrimStart('/'))}. Try {CommandUsage.Help} for the commands I know.");
    }

    // Not cached with the snapshot's answers: what /help lists depends on who asks (moderators see more).
    internal override Task<Answer> RunAsync(Command command, CommandRun run, CancellationToken cancellationToken)
    {
        using var lease = run.Knowledge.Acquire();
        var context = lease.Snapshot is { } snapshot ? new CommandContext(snapshot, run.Request) : null;
        return Task.FromResult(HelpHandler.Handle((HelpCommand)command, run.Request.IsModerator, context));
    }
}
