namespace PeaceBot.Discord;

/// <summary>Registered only when the adapter is enabled in http mode (gateway mode has no endpoint), so <see cref="DiscordEndpointRouteBuilderExtensions.MapDiscordAdapter"/> knows whether to map.</summary>
internal sealed class DiscordAdapterMarker;
