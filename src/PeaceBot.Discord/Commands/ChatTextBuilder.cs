using PeaceBot.Core.Answers;
using PeaceBot.Core.Commands;
using PeaceBot.Discord.Interactions;

namespace PeaceBot.Discord.Commands;

/// <summary>Turns a slash command interaction into the chat text the core parses, and whether to answer privately.</summary>
public static class ChatTextBuilder
{
    /// <param name="Module">The core command, when the interaction names one.</param>
    /// <param name="Attachments">Files given in attachment options, resolved from <c>data.resolved.attachments</c>.</param>
    public sealed record Result(string? Text, bool? Private, string? Error, CommandModule? Module = null)
    {
        public IReadOnlyList<ChatAttachment> Attachments { get; init; } = [];
    }

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
        if (form is null) return new Result(null, null, $"Unknown sub-command of /{command.Name}. Try /help {command.Name}.", module);

        var attachments = new List<ChatAttachment>();
        foreach (var a in form.Arguments.Where(a => a.Kind == ArgumentKind.Attachment))
        {
            if (Arg(a.Name) is not { Length: > 0 } id) continue;
            if (!interaction.Attachments.TryGetValue(id, out var file))
                return new Result(null, null, "Discord did not send the attached file with the command; please attach it again.", module);
            attachments.Add(new ChatAttachment(a.Name, file.FileName, file.Url, file.Size, file.ContentType));
        }
        return new Result(form.ChatText(module.Name, Arg), priv, null, module) { Attachments = attachments };
    }
}
