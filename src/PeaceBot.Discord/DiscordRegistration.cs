namespace PeaceBot.Discord;

/// <summary>Whether the Discord adapter is on, as one line for the start-up log.</summary>
public sealed record DiscordRegistration(bool Enabled, string Description);
