namespace PeaceBot.Discord.Rendering;

/// <summary>Discord's sizes that shape what PeaceBot sends.</summary>
public static class DiscordLimits
{
    /// <summary>A component's custom_id.</summary>
    public const int CustomId = 100;
}
