using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PeaceBot.Discord.Api;
using PeaceBot.Discord.Configuration;
using PeaceBot.Discord.Gateway;
using PeaceBot.Discord.Interactions;
using PeaceBot.Discord.Paging;
using PeaceBot.Discord.Security;

namespace PeaceBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    public const string DisabledDescription = "disabled: set Discord__PublicKey and Discord__ApplicationId to enable";
    public const string EnabledDescription = "enabled (http interactions)";
    public const string GatewayDescription = "enabled (gateway)";

    /// <summary>
    /// Binds and validates <c>Discord:*</c> (invalid values stop start-up naming the key) and registers the adapter.
    /// Needs <c>IAnswerService</c> and <c>ISuggestionService</c> registered by the host.
    /// </summary>
    public static DiscordRegistration AddDiscordAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(DiscordOptions.Section);
        services.AddOptions<DiscordOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());

        var probe = new DiscordOptions();
        try
        {
            section.Bind(probe);
        }
        catch (InvalidOperationException)
        {
            // A value that does not even bind (e.g. DefaultPrivate=maybe) is reported by ValidateOnStart below.
        }
        if (!probe.IsEnabled)
            return new DiscordRegistration(false, DisabledDescription);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new InteractionSignatureVerifier(
            sp.GetRequiredService<IOptions<DiscordOptions>>().Value.PublicKey!.Trim(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<MoreButtonIds>();
        services.AddHttpClient<DiscordWebhookClient>();
        services.AddSingleton<InteractionHandler>();
        if (probe.IsGateway)
        {
            services.AddHttpClient<DiscordRestClient>();
            services.AddHostedService<DiscordGatewayService>();
            return new DiscordRegistration(true, GatewayDescription);
        }
        services.AddSingleton(new DiscordAdapterMarker());
        return new DiscordRegistration(true, EnabledDescription);
    }
}
