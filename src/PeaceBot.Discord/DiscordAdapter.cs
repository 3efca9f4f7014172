using PeaceBot.Adapters.Http;
using PeaceBot.Adapters.Security;
using PeaceBot.Adapters.Replies;
using PeaceBot.Adapters.Paging;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PeaceBot.Discord.Configuration;
using PeaceBot.Discord.Endpoint;
using PeaceBot.Discord.Gateway;
using PeaceBot.Discord.Rendering;
using PeaceBot.Discord.Rest;
using PeaceBot.Discord.Security;

namespace PeaceBot.Discord;

/// <summary>Composition: what <c>peacebot serve</c> calls to host Discord. Needs IAnswerService and ISuggestionService registered.</summary>
public static class DiscordAdapter
{
    public static DiscordRegistration AddDiscordAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(DiscordOptions.Section);
        services.AddOptions<DiscordOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        var options = section.Get<DiscordOptions>() ?? new DiscordOptions();
        if (!options.IsConfigured)
            return new DiscordRegistration(false, "Discord: disabled (set Discord__PublicKey and Discord__ApplicationId to enable)");

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new DiscordSignatureVerifier(sp.GetRequiredService<IOptions<DiscordOptions>>().Value.PublicKey!, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new PageTokens(DiscordLimits.CustomId, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<DiscordMessageRenderer>();
        services.TryAddSingleton<ReplyTracker>();
        // Ids answered are remembered as long as their signature could still be accepted: a replay is answered once.
        services.TryAddSingleton<ReplayGuard>();
        services.AddHostedService(sp => sp.GetRequiredService<ReplyTracker>());
        services.AddHttpClient<DiscordRestClient>().AddChatApiRetry(DiscordRestClient.Retry);
        services.AddSingleton<InteractionHandler>();
        if (options.Mode == DiscordMode.Gateway)
        {
            services.AddHostedService<GatewayClient>();
            return new DiscordRegistration(true, "Discord: enabled (gateway: connects out, no public URL needed)");
        }
        return new DiscordRegistration(true, $"Discord: enabled (HTTP interactions at {InteractionsEndpoint.Path})");
    }

    public static IEndpointRouteBuilder MapDiscordAdapter(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetService<IOptions<DiscordOptions>>()?.Value;
        if (options is { IsConfigured: true, Mode: DiscordMode.Http }) InteractionsEndpoint.Map(endpoints);
        return endpoints;
    }
}
