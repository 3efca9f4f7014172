using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PeaceBot.Adapters.Http;
using PeaceBot.Adapters.Replies;
using PeaceBot.Adapters.Security;
using PeaceBot.Slack.Configuration;
using PeaceBot.Slack.Handlers;
using PeaceBot.Slack.Protocol;
using PeaceBot.Slack.Rendering;
using PeaceBot.Slack.Signing;
using PeaceBot.Slack.SocketMode;
using PeaceBot.Slack.WebApi;

namespace PeaceBot.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <c>Slack:*</c> (at start-up) and registers the adapter's services. Needs
    /// <see cref="PeaceBot.Core.Answers.IAnswerService"/> from the host.
    /// </summary>
    public static SlackRegistration AddSlackAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SlackOptions.SectionName);
        services.AddOptions<SlackOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>());

        var snapshot = new SlackOptions();
        section.Bind(snapshot);
        if (!snapshot.IsConfigured)
            return new SlackRegistration(false, "disabled: set Slack__SigningSecret and Slack__BotToken to enable");

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(SlackWebApiClient.HttpClientName).AddChatApiRetry(SlackWebApiClient.Retry);
        services.AddSingleton(sp => new SlackWebApiClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(SlackWebApiClient.HttpClientName),
            sp.GetRequiredService<IOptions<SlackOptions>>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<SlackWebApiClient>>()));
        services.AddSingleton(sp => new SlackSignatureVerifier(
            sp.GetRequiredService<IOptions<SlackOptions>>().Value.SigningSecret ?? "",
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<SignedRequestReader>();
        services.AddSingleton<SlackAnswerer>();
        services.AddSingleton<SlackAnswerRenderer>();
        services.TryAddSingleton<ReplyTracker>();
        services.AddHostedService(sp => sp.GetRequiredService<ReplyTracker>());
        services.TryAddSingleton<ReplayGuard>();
        services.AddSingleton<SlashCommandHandler>();
        services.AddSingleton<EventsHandler>();
        services.AddSingleton<InteractionsHandler>();
        if (snapshot.IsSocketMode) services.AddHostedService<SocketModeService>();
        else services.AddSingleton<SlackMarker>();
        return new SlackRegistration(true, $"enabled ({snapshot.Mode.ToLowerInvariant()})");
    }
}
