using PeaceBot.Core.Answers;
using PeaceBot.Core.Handlers;

namespace PeaceBot.Core.Commands.Modules;

/// <summary>/ask &lt;question&gt;: the best cited passages. Text that names no command is a question too.</summary>
public sealed class AskModule : SnapshotCommandModule<AskCommand>
{
    public override string Name => "ask";
    public override string Summary => "The best cited passages for a question";
    public override AnswerKind Kind => AnswerKind.Ask;

    public override IReadOnlyList<CommandForm> Forms { get; } =
    [
        new(null, CommandUsage.Ask, "the best passages for a question",
            [new("question", ArgumentKind.Text, "Your question", Required: true) { MaxLength = 500 }],
            ["/ask who leads the talks in Geneva?"]),
    ];

    internal override ParsedCommand Parse(string word, string rest) =>
        rest.Length == 0 ? ParsedCommand.Fail($"What would you like to know? Usage: {CommandUsage.Ask}.") : ParsedCommand.Ok(new AskCommand(rest));

    internal override Answer Answer(AskCommand command, CommandContext context) => AskHandler.Handle(command, context);
}
