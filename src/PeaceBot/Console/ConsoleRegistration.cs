namespace PeaceBot.WebConsole;

/// <summary>The console's services: sessions and the "Try it" renderer.</summary>
public static class ConsoleRegistration
{
    public static IServiceCollection AddModeratorConsole(this IServiceCollection services)
    {
        services.AddSingleton<ConsoleSessions>();
        services.AddSingleton<TryItRenderer>();
        return services;
    }
}
