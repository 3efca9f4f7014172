using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PeaceBot.Discord.Interactions;
using PeaceBot.Discord.Security;

namespace PeaceBot.Discord;

public static class DiscordEndpointRouteBuilderExtensions
{
    public const string InteractionsPath = "/discord/interactions";

    /// <summary>Maps <c>POST /discord/interactions</c> when <see cref="DiscordServiceCollectionExtensions.AddDiscordAdapter"/> enabled the adapter.</summary>
    public static IEndpointRouteBuilder MapDiscordAdapter(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetService<DiscordAdapterMarker>() is null) return endpoints;
        endpoints.MapPost(InteractionsPath, (Microsoft.AspNetCore.Http.HttpContext context, InteractionSignatureVerifier verifier, InteractionHandler handler) =>
            InteractionEndpoint.HandleAsync(context, verifier, handler));
        return endpoints;
    }
}
