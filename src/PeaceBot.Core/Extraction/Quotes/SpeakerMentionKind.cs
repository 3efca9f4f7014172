namespace PeaceBot.Core.Extraction.Quotes;

internal enum SpeakerMentionKind
{
    /// <summary>A person's name, full or surname only.</summary>
    Name,
    /// <summary>A role, group or institution standing in for a name ("a NATO diplomat", "the Kremlin").</summary>
    Role,
    /// <summary>"he", "she": resolved to a person named earlier.</summary>
    Pronoun,
    /// <summary>
    /// Whoever the sentence opens with: "X said …, adding: “…”" or "X said that he hoped “…”". Falls back to the
    /// pronoun rules when the sentence opens with no person.
    /// </summary>
    SentenceSubject,
}
