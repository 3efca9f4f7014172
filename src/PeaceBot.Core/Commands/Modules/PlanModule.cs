using System.Globalization;
using PeaceBot.Core.Answers;
using PeaceBot.Core.Handlers;

namespace PeaceBot.Core.Commands.Modules;

/// <summary>/plan point &lt;N&gt; [plan], /plan compare &lt;topic&gt; and /plan: peace plans point by point, and side by side.</summary>
public sealed class PlanModule : SnapshotCommandModule<PlanCommand>
{
    public override string Name => "plan";
    public override IReadOnlyList<string> Aliases => ["plans"];
    public override string Summary => "Peace plans point by point";
    public override AnswerKind Kind => AnswerKind.Plan;
    public override IReadOnlyList<Type> CommandTypes => [typeof(PlanPointCommand), typeof(PlanCompareCommand), typeof(PlanListCommand)];

    public override IReadOnlyList<CommandForm> Forms { get; } =
    [
        new("point", CommandUsage.PlanPoint, "point N of a peace plan (the default plan when none is named) and the sources that discuss it",
            [
                new("number", ArgumentKind.Integer, "The point's number (other plans' point N is shown too)", Required: true) { MinValue = 1 },
                new("plan", ArgumentKind.Text, "Which plan (default: the US 28-point plan)", Autocomplete: AutocompleteSource.Plan) { MaxLength = 100 },
            ],
            ["/plan point 7", "/plan point 3 20-point"]),
        new("compare", CommandUsage.PlanCompare, "the point of each plan that best covers a topic, side by side",
            [new("topic", ArgumentKind.Text, "What to compare the plans on (NATO, army size, territory, sanctions, elections)", Required: true) { MaxLength = 100 }],
            ["/plan compare NATO", "/plan compare army size"]),
        new("list", CommandUsage.PlanList, "the plans the bot knows", [], ["/plan list"]),
    ];

    internal override ParsedCommand Parse(string word, string rest)
    {
        var (first, after) = CommandParser.SplitFirst(rest);
        var w = first.ToLowerInvariant();
        if (w is "" or "list" or "plans" or "all") return ParsedCommand.Ok(new PlanListCommand());
        if (w is "compare" or "vs" or "versus")
        {
            var topic = after.Trim();
            return topic.Length == 0 ? ParsedCommand.Fail($"Compare the plans on what? Usage: {CommandUsage.PlanCompare}, e.g. /plan compare NATO.") : ParsedCommand.Ok(new PlanCompareCommand(topic));
        }
        if (w is "point" or "points" or "pt" or "item" or "article" or "#")
        {
            if (after.Length == 0) return ParsedCommand.Fail("Which point? " + UsageOf());
            (first, after) = CommandParser.SplitFirst(after);
        }
        var number = first.TrimStart('#').TrimEnd('.', ',', ':');
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var point))
            return ParsedCommand.Fail($"The point must be a whole number, not \"{CommandParser.Shorten(first)}\". {UsageOf()}");
        if (point is < 1 or > CommandParser.MaxPoint)
            return ParsedCommand.Fail($"Point numbers start at 1. Usage: {CommandUsage.PlanPoint}.");
        var plan = after.Trim();
        return ParsedCommand.Ok(new PlanPointCommand(point, plan.Length == 0 ? null : plan));
    }

    internal override Answer Answer(PlanCommand command, CommandContext context) => command switch
    {
        PlanPointCommand c => PlanHandler.Handle(c, context),
        PlanCompareCommand c => PlanHandler.Compare(c, context),
        PlanListCommand => PlanHandler.List(context),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Not a /plan command."),
    };
}
