using PeaceBot.Discord.Interactions;

namespace PeaceBot.Discord.Commands;

/// <summary>Turns a slash command interaction into the chat text the core parses, and whether to answer privately.</summary>
public static class ChatTextBuilder
{
    public sealed record Result(string? Text, bool? Private, string? Error);

    public static Result Build(Interaction interaction)
    {
        var command = DiscordCommandSet.Find(interaction.CommandName);
        if (command is null) return new Result(null, null, $"Unknown command /{interaction.CommandName}. Try /help.");
        var options = interaction.Options;
        var sub = options.FirstOrDefault(o => o.Type == (int)OptionKind.SubCommand);
        var args = sub?.Options ?? options;
        string? Arg(string name) => args.FirstOrDefault(o => o.Name == name)?.Text?.Trim();
        bool? priv = args.FirstOrDefault(o => o.Name == "private")?.Value is { } v && v.ValueKind is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False
            ? v.GetBoolean() : null;

        var text = (command.Name, sub?.Name) switch
        {
            ("who", "said") => $"/who said {Arg("quote")}",
            ("plan", "point") => $"/plan point {Arg("number")} {Arg("plan")}".TrimEnd(),
            ("plan", "list") => "/plan list",
            ("timeline", _) => $"/timeline {Arg("when")}",
            ("ask", _) => $"/ask {Arg("question")}",
            ("sources", _) => "/sources",
            ("help", _) => "/help",
            ("status", _) => "/status",
            ("reload", _) => "/reload",
            _ => null,
        };
        return text is null ? new Result(null, null, $"Unknown sub-command of /{command.Name}. Try /help.") : new Result(text, priv, null);
    }
}
