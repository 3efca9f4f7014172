using System.Text.Json;

namespace PeaceBot.Discord.Interactions;

/// <summary>An option the user filled in; sub-commands carry their own options.</summary>
public sealed record CommandOption(string Name, int Type, JsonElement? Value, bool Focused, IReadOnlyList<CommandOption> Options)
{
    public string? Text => Value is { ValueKind: JsonValueKind.String } v ? v.GetString()
        : Value is { ValueKind: JsonValueKind.Number } n ? n.GetRawText()
        : Value is { ValueKind: JsonValueKind.True or JsonValueKind.False } b ? b.GetRawText()
        : null;
}
