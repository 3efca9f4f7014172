namespace PeaceBot.Core.Search;

/// <summary>How sure <see cref="SpeakerNames"/> must be that typed words name a speaker.</summary>
internal enum NameStrictness
{
    /// <summary>
    /// /who said: the words must be a name and nothing else (a full name, an alias spelling or a surname one speaker
    /// has, after any titles), at most <see cref="KnownSpeakers.MaxNameWords"/> words, naming exactly one speaker;
    /// anything else is read as a quote.
    /// </summary>
    Strict,

    /// <summary>
    /// /quotes: the words are known to be a name, so every speaker they could mean is offered: the person the
    /// aliases file makes of them, or failing that each speaker whose name holds the words whole (a surname two
    /// speakers share names both).
    /// </summary>
    Loose,
}
