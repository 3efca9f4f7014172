namespace PeaceBot.Discord.Commands;

/// <summary>Which core suggestion list feeds an autocompleted option.</summary>
public enum SuggestionSource
{
    None,
    Plans,
    Months,
    Quotes,
}
