namespace PeaceBot.Discord.Commands;

/// <summary>
/// PeaceBot's slash commands as Discord sees them. Registration and routing both read this one table, so the
/// commands users see and the ones the endpoint understands cannot drift apart.
/// </summary>
public static class DiscordCommandSet
{
    public static readonly OptionDefinition Private = new("private", OptionKind.Boolean, "Show the answer only to you");

    public static IReadOnlyList<CommandDefinition> All { get; } =
    [
        new("who", "Who said it", [
            new("said", OptionKind.SubCommand, "Who said these words: speaker, exact quote, where and when")
            {
                Options = [new("quote", OptionKind.String, "Words of the quote", Required: true, Autocomplete: "quote") { MaxLength = 300 }, Private],
            },
        ]),
        new("plan", "Peace plans point by point", [
            new("point", OptionKind.SubCommand, "Point N of a plan, and the sources that discuss it")
            {
                Options = [new("number", OptionKind.Integer, "The point's number", Required: true) { MinValue = 1 },
                    new("plan", OptionKind.String, "Which plan (default: the US 28-point plan)", Autocomplete: "plan") { MaxLength = 100 }, Private],
            },
            new("list", OptionKind.SubCommand, "The plans PeaceBot knows") { Options = [Private] },
        ]),
        new("timeline", "Dated events in order", [
            new("when", OptionKind.String, "A month, month and year, YYYY-MM, or a topic", Required: true, Autocomplete: "month") { MaxLength = 200 },
            Private,
        ]),
        new("ask", "The best cited passages for a question", [
            new("question", OptionKind.String, "Your question", Required: true) { MaxLength = 500 },
            Private,
        ]),
        new("sources", "The articles and documents PeaceBot answers from", [Private]),
        new("help", "How to ask PeaceBot", [Private]),
        new("status", "Moderators: what is loaded, and problems in the knowledge files", [], ModeratorsOnly: true),
        new("reload", "Moderators: re-read the knowledge files now", [], ModeratorsOnly: true),
    ];

    public static CommandDefinition? Find(string? name) => All.FirstOrDefault(c => c.Name == name);
}
