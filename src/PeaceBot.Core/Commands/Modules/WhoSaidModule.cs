using PeaceBot.Core.Answers;
using PeaceBot.Core.Handlers;

namespace PeaceBot.Core.Commands.Modules;

/// <summary>/who said &lt;words&gt;: the speaker, the exact quote, where and when.</summary>
public sealed class WhoSaidModule : SnapshotCommandModule<WhoSaidCommand>
{
    public override string Name => "who";
    public override IReadOnlyList<string> Aliases => ["whosaid", "who-said"];
    public override string Summary => "Who said it";
    public override AnswerKind Kind => AnswerKind.WhoSaid;

    public override IReadOnlyList<CommandForm> Forms { get; } =
    [
        new("said", CommandUsage.WhoSaid, "who said it, the exact quote, where and when it was reported",
            [new("quote", ArgumentKind.Text, "Words of the quote", Required: true, AutocompleteSource.Quote) { MaxLength = 300 }],
            ["/who said a ceasefire is just a Band-Aid"]),
    ];

    internal override ParsedCommand Parse(string word, string rest)
    {
        if (word == "who")
        {
            var (next, words) = CommandParser.SplitFirst(rest);
            if (next.ToLowerInvariant() is "said" or "says" or "say") rest = words;
            else return ParsedCommand.Fail(UsageOf());
        }
        rest = rest.Trim().Trim('"', '“', '”', '«', '»', '\'').Trim();
        return rest.Length == 0 ? ParsedCommand.Fail("Which words? " + UsageOf()) : ParsedCommand.Ok(new WhoSaidCommand(rest));
    }

    internal override Answer Answer(WhoSaidCommand command, CommandContext context) => WhoSaidHandler.Handle(command, context);
}
