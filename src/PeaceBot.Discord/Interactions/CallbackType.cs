namespace PeaceBot.Discord.Interactions;

/// <summary>Interaction response (callback) types.</summary>
public static class CallbackType
{
    public const int Pong = 1;
    public const int ChannelMessage = 4;
    public const int DeferredChannelMessage = 5;
    public const int DeferredUpdateMessage = 6;
    public const int UpdateMessage = 7;
    public const int AutocompleteResult = 8;
}
