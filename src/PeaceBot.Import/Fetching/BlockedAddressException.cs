namespace PeaceBot.Import.Fetching;

/// <summary>Thrown at connect time when a host resolves only to addresses an import may not reach.</summary>
public sealed class BlockedAddressException(string message) : Exception(message);
