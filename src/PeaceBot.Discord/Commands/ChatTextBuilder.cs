using PeaceBot.Core.Commands;
using PeaceBot.Discord.Interactions;

namespace PeaceBot.Discord.Commands;

/// <summary>Turns a slash command interaction into the chat text the core parses, and whether to answer privately.</summary>
public static class ChatTextBuilder
{
    /// <param name="Module">The core command, when the interaction names one.</param>
    public sealed record Result(string? Text, bool? Private, string? Error, CommandModule? Module = null);

    public static Result Build(Interaction interaction)
    {
        var command = DiscordCommandSet.Find(interaction.CommandName);
        if (command is null) return new Result(null, null, $"Unknown command /{interaction.CommandName}. Try /help.");
        var module = command.Module;
        var options = interaction.Options;
        var sub = options.FirstOrDefault(o => o.Type == (int)OptionKind.SubCommand);
        var args = sub?.Options ?? options;
        string? Arg(string name) => args.FirstOrDefault(o => o.Name == name)?.Text?.Trim();
        bool? priv = args.FirstOrDefault(o => o.Name == "private")?.Value is { } v && v.ValueKind is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False
            ? v.GetBoolean() : null;

        var form = module.Forms.FirstOrDefault(f => f.Sub == sub?.Name && (sub is not null || module.Forms.Count == 1));
        return form is null
            ? new Result(null, null, $"Unknown sub-command of /{command.Name}. Try /help {command.Name}.", module)
            : new Result(form.ChatText(module.Name, Arg), priv, null, module);
    }
}
