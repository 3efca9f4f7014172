namespace PeaceBot.Discord.Registration;

/// <summary>Registering commands failed for a reason the user can act on; the message says which.</summary>
public sealed class DiscordRegistrationException(string message) : Exception(message);
