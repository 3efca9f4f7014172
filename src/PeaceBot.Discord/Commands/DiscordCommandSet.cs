using PeaceBot.Core.Commands;

namespace PeaceBot.Discord.Commands;

/// <summary>
/// PeaceBot's slash commands as Discord sees them, derived from the core's <see cref="CommandCatalog"/>: a command
/// with several forms becomes sub-commands, each argument an option. Registration and routing both read this one
/// table, so the commands users see and the ones the endpoint understands cannot drift apart.
/// </summary>
public static class DiscordCommandSet
{
    public static readonly OptionDefinition Private = new("private", OptionKind.Boolean, "Show the answer only to you");

    public static IReadOnlyList<CommandDefinition> All { get; } = CommandCatalog.All.Select(Define).ToList();

    public static CommandDefinition? Find(string? name) => All.FirstOrDefault(c => c.Name == name);

    private static CommandDefinition Define(CommandModule module)
    {
        var extra = module.Visibility == CommandVisibility.FrontEndDefault ? new[] { Private } : [];
        IReadOnlyList<OptionDefinition> options = module.Forms is [{ Sub: null } only]
            ? [.. only.Arguments.Select(Option), .. extra]
            : module.Forms.Select(f => new OptionDefinition(f.Sub ?? throw new InvalidOperationException(
                    $"/{module.Name} has several forms; each needs a sub-command word."), OptionKind.SubCommand, Describe(f.Summary))
                { Options = [.. f.Arguments.Select(Option), .. extra] }).ToList();
        return new CommandDefinition(module.Name, module.Summary, options, module.ModeratorOnly) { Module = module };
    }

    private static OptionDefinition Option(CommandArgument a) =>
        new(a.Name, a.Kind switch
        {
            ArgumentKind.Text => OptionKind.String,
            ArgumentKind.Integer => OptionKind.Integer,
            ArgumentKind.Attachment => OptionKind.Attachment,
            _ => throw new ArgumentOutOfRangeException(nameof(a), a.Kind, "An argument kind Discord has no option type for."),
        }, Describe(a.Description), a.Required, a.Autocomplete)
        { MinValue = a.MinValue, MaxLength = a.MaxLength };

    private static string Describe(string summary) => summary.Length == 0 ? summary : char.ToUpperInvariant(summary[0]) + summary[1..];
}
