namespace PeaceBot.Core.Commands;

/// <summary>
/// Usage lines that handlers quote in their own messages. Each module's <see cref="CommandForm.Usage"/> is one of
/// these, so the line is written once; /help reads the forms, not this class.
/// </summary>
public static class CommandUsage
{
    public const string WhoSaid = "/who said <words of a quote>";
    public const string Quotes = "/quotes <person> [about <topic>]";
    public const string PlanPoint = "/plan point <N> [plan]";
    public const string PlanList = "/plan";
    public const string PlanCompare = "/plan compare <topic>";
    public const string Timeline = "/timeline <month | month year | YYYY-MM | topic>";
    public const string Ask = "/ask <question>";
    public const string Sources = "/sources";
    public const string Help = "/help";
}
