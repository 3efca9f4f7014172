using PeaceBot.Core.Answers;
using PeaceBot.Core.Handlers;

namespace PeaceBot.Core.Commands.Modules;

/// <summary>/timeline &lt;month | topic&gt;: dated events in order.</summary>
public sealed class TimelineModule : SnapshotCommandModule<TimelineCommand>
{
    public override string Name => "timeline";
    public override IReadOnlyList<string> Aliases => ["when"];
    public override string Summary => "Dated events in order";
    public override AnswerKind Kind => AnswerKind.Timeline;

    public override IReadOnlyList<CommandForm> Forms { get; } =
    [
        new(null, CommandUsage.Timeline, "dated events in order",
            [new("when", ArgumentKind.Text, "A month, month and year, YYYY-MM, or a topic", Required: true, AutocompleteSource.Month) { MaxLength = 200 }],
            ["/timeline august 2025", "/timeline 2025-11", "/timeline prisoner exchange"]),
    ];

    internal override ParsedCommand Parse(string word, string rest) =>
        rest.Length == 0 ? ParsedCommand.Fail("Which month or topic? " + UsageOf()) : ParsedCommand.Ok(new TimelineCommand(rest));

    internal override Answer Answer(TimelineCommand command, CommandContext context) => TimelineHandler.Handle(command, context);
}
