namespace PeaceBot.Core.Commands;

/// <summary>One argument of a command form, in the order it is written in chat text.</summary>
/// <param name="Name">Its name as an option (Discord) — lower-case, no spaces.</param>
/// <param name="Keyword">A word written before the value in chat text ("about" in <c>/quotes Putin about ceasefire</c>), or null.</param>
public sealed record CommandArgument(string Name, ArgumentKind Kind, string Description, bool Required = false,
    AutocompleteSource Autocomplete = AutocompleteSource.None, string? Keyword = null)
{
    public int? MinValue { get; init; }
    public int? MaxLength { get; init; }
}
