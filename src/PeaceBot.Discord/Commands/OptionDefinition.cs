using PeaceBot.Core.Commands;

namespace PeaceBot.Discord.Commands;

/// <param name="Autocomplete">Which suggestions to offer while typing.</param>
public sealed record OptionDefinition(string Name, OptionKind Kind, string Description, bool Required = false,
    AutocompleteSource Autocomplete = AutocompleteSource.None)
{
    public int? MinValue { get; init; }
    public int? MaxLength { get; init; }
    public IReadOnlyList<OptionDefinition> Options { get; init; } = [];
}
