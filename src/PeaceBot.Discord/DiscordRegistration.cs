namespace PeaceBot.Discord;

/// <summary>What <see cref="DiscordServiceCollectionExtensions.AddDiscordAdapter"/> decided, for the host's start-up log.</summary>
public sealed record DiscordRegistration(bool Enabled, string Description);
