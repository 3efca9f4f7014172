namespace PeaceBot.Core.Search;

/// <summary>How a who-said hit matched the typed words, most certain first.</summary>
internal enum QuoteMatchKind
{
    /// <summary>A quote holds the typed words as a phrase.</summary>
    Exact,
    /// <summary>No quote holds the phrase, but one holds nearly all the typed words (rare words weighing most).</summary>
    Near,
    /// <summary>The words stand verbatim in a passage, but no quote (so no speaker) is known for them.</summary>
    Passage,
}
