namespace PeaceBot.Core.Suggestions;

/// <summary>An autocomplete choice: what the user sees and the value put in the option.</summary>
public sealed record Suggestion(string Label, string Value);
