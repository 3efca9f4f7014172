using PeaceBot.Core.Index;

namespace PeaceBot.Core.Search;

/// <summary>
/// /who said's question "is this a name or a quote?": the speaker the words name, strictly (<see
/// cref="NameStrictness.Strict"/>: the full name, an alias spelling, or a surname that belongs to one speaker only,
/// with or without a title such as "President Lind"). The rules are <see cref="SpeakerNames"/>'s, shared with /quotes.
/// </summary>
internal static class KnownSpeakers
{
    /// <summary>Longer input is read as a quote, never as a name.</summary>
    public const int MaxNameWords = 5;

    /// <summary>The speaker's name as indexed when <paramref name="words"/> only names a known speaker, else null.</summary>
    public static string? Named(KnowledgeSnapshot snapshot, string words) =>
        SpeakerNames.Resolve(snapshot, words, NameStrictness.Strict) is [var one] ? one : null;

    /// <summary>
    /// "Did you mean": the speaker whose name (full, an alias spelling or their own surname) is nearest to a misspelt
    /// <paramref name="words"/>; null when the words already name a speaker, or none is near.
    /// </summary>
    public static string? Nearest(KnowledgeSnapshot snapshot, string words) =>
        Named(snapshot, words) is null ? SpeakerNames.Nearest(snapshot, words) : null;
}
