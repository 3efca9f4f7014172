namespace PeaceBot.Core.Commands;

/// <summary>How each command is written; used by /help and by every usage error.</summary>
public static class CommandUsage
{
    public const string WhoSaid = "/who said <words of a quote>";
    public const string PlanPoint = "/plan point <N> [plan]";
    public const string PlanList = "/plan";
    public const string Timeline = "/timeline <month | month year | YYYY-MM | topic>";
    public const string Ask = "/ask <question>";
    public const string Sources = "/sources";
    public const string Help = "/help";

    public static IReadOnlyList<(string Usage, string Summary)> All { get; } =
    [
        (WhoSaid, "who said it, the exact quote, where and when it was reported"),
        (PlanPoint, "point N of a peace plan (the default plan when none is named) and the sources that discuss it"),
        (PlanList, "the plans the bot knows"),
        (Timeline, "dated events in order"),
        (Ask, "the best passages for a question"),
        (Sources, "the articles and documents the answers come from"),
        (Help, "this list"),
    ];
}
