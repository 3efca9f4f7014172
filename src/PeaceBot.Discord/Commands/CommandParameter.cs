namespace PeaceBot.Discord.Commands;

/// <summary>One value option of a command (string, integer or boolean).</summary>
public sealed record CommandParameter(string Name, int Type, string Description, bool Required = false)
{
    public SuggestionSource Suggest { get; init; } = SuggestionSource.None;
    public int? MinValue { get; init; }
    public int? MaxLength { get; init; }
}
