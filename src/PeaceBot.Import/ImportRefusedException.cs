namespace PeaceBot.Import;

/// <summary>An import that must not go ahead; the message says why in words a moderator can act on.</summary>
public sealed class ImportRefusedException(string message, Exception? inner = null) : Exception(message, inner);
