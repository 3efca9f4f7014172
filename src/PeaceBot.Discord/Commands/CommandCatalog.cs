namespace PeaceBot.Discord.Commands;

/// <summary>
/// The one list of slash commands: the endpoint routes on it and <c>peacebot discord register</c> uploads it,
/// so the two cannot drift.
/// </summary>
public static class CommandCatalog
{
    public const string PrivateOption = "private";

    public static IReadOnlyList<CommandDefinition> All { get; } =
    [
        new("who", "Who said it")
        {
            Subcommands =
            [
                new("said", "Find who said a quote, with the source", "/who said",
                [
                    new("quote", OptionType.String, "Words of the quote", Required: true) { Suggest = SuggestionSource.Quotes, MaxLength = 300 },
                ]),
            ],
        },
        new("plan", "Peace plans and their points")
        {
            Subcommands =
            [
                new("point", "Show a point of a peace plan", "/plan point",
                [
                    new("number", OptionType.Integer, "Point number", Required: true) { MinValue = 1 },
                    new("plan", OptionType.String, "Which plan (id or name)") { Suggest = SuggestionSource.Plans, MaxLength = 100 },
                ]),
                new("list", "List the known peace plans", "/plan list", []),
            ],
        },
        new("timeline", "What happened when")
        {
            Leaf = new("timeline", "What happened in a month, year or on a topic", "/timeline",
            [
                new("when", OptionType.String, "A month (August 2025), a year or a topic", Required: true) { Suggest = SuggestionSource.Months, MaxLength = 100 },
            ]),
        },
        new("ask", "Ask a question about the negotiations")
        {
            Leaf = new("ask", "Ask a question; answered with quoted, cited passages", "/ask",
            [
                new("question", OptionType.String, "Your question", Required: true) { MaxLength = 300 },
            ]),
        },
        new("sources", "List the sources the bot quotes") { Leaf = new("sources", "List the sources the bot quotes", "/sources", []) },
        new("help", "How to use the bot") { Leaf = new("help", "How to use the bot", "/help", []) },
        new("status", "Knowledge base status (moderators)") { ModeratorOnly = true, Leaf = new("status", "Knowledge base status (moderators)", "/status", []) },
        new("reload", "Reload the knowledge base (moderators)") { ModeratorOnly = true, Leaf = new("reload", "Reload the knowledge base (moderators)", "/reload", []) },
    ];

    public static CommandDefinition? Find(string? name) => All.FirstOrDefault(c => c.Name == name);
}
