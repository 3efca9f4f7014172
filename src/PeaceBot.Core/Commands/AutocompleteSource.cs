namespace PeaceBot.Core.Commands;

/// <summary>Which suggestions a front end offers while an argument is typed.</summary>
public enum AutocompleteSource
{
    None,
    Quote,
    Plan,
    Month,
    Speaker,
}
