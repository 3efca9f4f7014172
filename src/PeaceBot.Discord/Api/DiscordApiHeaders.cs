namespace PeaceBot.Discord.Api;

/// <summary>Headers every call to Discord's REST API carries.</summary>
public static class DiscordApiHeaders
{
    /// <summary>Discord may block clients without a "DiscordBot (url, version)" agent; the value is not a valid RFC token list, so it is added unvalidated.</summary>
    public const string UserAgent = "DiscordBot (https://github.com/peacebot/peacebot, 1.0)";

    public static void Apply(HttpRequestMessage request) =>
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
}
