namespace PeaceBot.Discord.Rendering;

/// <summary>Message limits from Discord's message resource docs.</summary>
public static class DiscordLimits
{
    public const int Content = 2000;
    public const int Embeds = 10;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int EmbedAuthorName = 256;
    public const int EmbedFooter = 2048;
    public const int EmbedTotal = 6000;
    public const int CustomId = 100;
    public const int AutocompleteChoices = 25;
    public const int ChoiceName = 100;
    public const int ChoiceValue = 100;
    public const int EphemeralFlag = 1 << 6;
}
