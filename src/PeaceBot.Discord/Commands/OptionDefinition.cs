namespace PeaceBot.Discord.Commands;

/// <param name="Autocomplete">Which suggestions to offer while typing: "quote", "plan", "month", or null.</param>
public sealed record OptionDefinition(string Name, OptionKind Kind, string Description, bool Required = false, string? Autocomplete = null)
{
    public int? MinValue { get; init; }
    public int? MaxLength { get; init; }
    public IReadOnlyList<OptionDefinition> Options { get; init; } = [];
}
