namespace PeaceBot.Discord.Configuration;

public enum DiscordMode
{
    /// <summary>Discord POSTs interactions to <c>/discord/interactions</c> (needs a public HTTPS URL).</summary>
    Http,
    /// <summary>The bot connects out to the gateway over a WebSocket (no public URL needed).</summary>
    Gateway,
}
