using PeaceBot.Core.Commands.Modules;

namespace PeaceBot.Core.Commands;

/// <summary>
/// Every chat command PeaceBot knows, in the order /help lists them. Adding a command is adding its module here;
/// the parser, /help, the engine, Discord, Slack and the console all read this list.
/// </summary>
public static class CommandCatalog
{
    public static IReadOnlyList<CommandModule> All { get; } =
    [
        new WhoSaidModule(),
        new QuotesModule(),
        new PlanModule(),
        new TimelineModule(),
        new AskModule(),
        new SourcesModule(),
        new HelpModule(),
        new StatusModule(),
        new ReloadModule(),
        new KnowledgeModule(),
    ];

    private static readonly Dictionary<Type, CommandModule> ByType =
        All.SelectMany(m => m.CommandTypes.Select(t => (Type: t, Module: m))).ToDictionary(x => x.Type, x => x.Module);

    /// <summary>The command a word names (its name or an alias, any case, with or without the slash), or null.</summary>
    public static CommandModule? Find(string? word)
    {
        var w = word?.Trim().TrimStart('/');
        return string.IsNullOrEmpty(w) ? null : All.FirstOrDefault(m => m.IsNamed(w));
    }

    /// <summary>The module whose parser made <paramref name="command"/>.</summary>
    public static CommandModule For(Command command) =>
        ByType.TryGetValue(command.GetType(), out var m)
            ? m
            : throw new InvalidOperationException($"No command module declares {command.GetType().Name}; add it to CommandCatalog.All.");

    /// <summary>Every word that names a command: names and aliases.</summary>
    public static IEnumerable<string> Words => All.SelectMany(m => m.Aliases.Prepend(m.Name));
}
