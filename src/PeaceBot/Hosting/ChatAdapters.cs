using PeaceBot.Discord;
using PeaceBot.Slack;

namespace PeaceBot.Hosting;

/// <summary>The chat platforms <c>serve</c> hosts; each enables itself when its keys are configured.</summary>
public static class ChatAdapters
{
    /// <summary>Registers every adapter; returns one line per adapter saying whether it is on, and if not, how to turn it on.</summary>
    public static IReadOnlyList<string> Add(IServiceCollection services, IConfiguration configuration) =>
    [
        services.AddDiscordAdapter(configuration).Description,
        "Slack: " + services.AddSlackAdapter(configuration).Description,
    ];

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDiscordAdapter();
        endpoints.MapSlackAdapter();
    }
}
