using System.Globalization;
using System.Text;
using System.Text.Json;
using PeaceBot.Discord.Interactions;

namespace PeaceBot.Discord.Commands;

/// <summary>Turns an APPLICATION_COMMAND interaction into the chat text the core understands ("/plan point 7 us-28").</summary>
public static class CommandTextBuilder
{
    /// <summary>Longest option text passed on; Discord caps options too, this guards hand-made payloads.</summary>
    public const int MaxValueLength = 500;

    public static bool TryBuild(IncomingInteraction interaction, out CommandInvocation? invocation, out string error)
    {
        invocation = null;
        var command = CommandCatalog.Find(interaction.CommandName);
        if (command is null)
        {
            error = $"Unknown command '{Clip(interaction.CommandName ?? "")}'. Try /help.";
            return false;
        }
        var leaf = command.Find(interaction.SubcommandName);
        if (leaf is null)
        {
            error = $"Unknown form of /{command.Name}. Try /help.";
            return false;
        }

        var text = new StringBuilder(leaf.TextPrefix);
        foreach (var parameter in leaf.Parameters)
        {
            if (!interaction.Options.TryGetValue(parameter.Name, out var value))
            {
                if (parameter.Required)
                {
                    error = $"/{leaf.TextPrefix.TrimStart('/')} needs '{parameter.Name}'.";
                    return false;
                }
                continue;
            }
            if (!TryFormat(parameter, value, out var formatted, out error)) return false;
            if (formatted.Length > 0) text.Append(' ').Append(formatted);
        }

        bool? isPrivate = interaction.Options.TryGetValue(CommandCatalog.PrivateOption, out var p) && p.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? p.GetBoolean()
            : null;
        invocation = new CommandInvocation(command, leaf, text.ToString(), isPrivate);
        error = "";
        return true;
    }

    private static bool TryFormat(CommandParameter parameter, JsonElement value, out string formatted, out string error)
    {
        formatted = "";
        error = "";
        switch (parameter.Type)
        {
            case OptionType.Integer:
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number) || number < (parameter.MinValue ?? long.MinValue))
                {
                    error = $"'{parameter.Name}' must be a whole number of at least {parameter.MinValue ?? 0}.";
                    return false;
                }
                formatted = number.ToString(CultureInfo.InvariantCulture);
                return true;
            case OptionType.String:
                if (value.ValueKind != JsonValueKind.String)
                {
                    error = $"'{parameter.Name}' must be text.";
                    return false;
                }
                formatted = Normalize(value.GetString()!);
                if (formatted.Length > MaxValueLength)
                {
                    error = $"'{parameter.Name}' is too long (at most {MaxValueLength} characters).";
                    return false;
                }
                if (formatted.Length == 0 && parameter.Required)
                {
                    error = $"'{parameter.Name}' must not be empty.";
                    return false;
                }
                return true;
            default:
                error = $"'{parameter.Name}' has an unexpected type.";
                return false;
        }
    }

    /// <summary>Line breaks and control characters would split the command for the core; collapse them to spaces.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Clip(string s) => s.Length <= 32 ? s : s[..32];
}
