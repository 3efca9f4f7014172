namespace PeaceBot.Discord.Registration;

/// <summary>What a bulk overwrite changes, by command name.</summary>
public sealed record CommandChanges(IReadOnlyList<string> Added, IReadOnlyList<string> Updated, IReadOnlyList<string> Removed, IReadOnlyList<string> Unchanged);
