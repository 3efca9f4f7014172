namespace PeaceBot.Discord;

/// <summary>Registered only when the adapter is enabled, so <see cref="DiscordEndpointRouteBuilderExtensions.MapDiscordAdapter"/> knows whether to map.</summary>
internal sealed class DiscordAdapterMarker;
