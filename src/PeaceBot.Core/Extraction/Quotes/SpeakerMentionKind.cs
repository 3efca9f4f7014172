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
    /// <summary>
    /// The person the mention's sentence starts with ("Kosterin has spent … . “…”", "Yana Kosterin, …, was blunt when we
    /// spoke: “…”"); no one when the sentence starts otherwise. Never falls back to a guess.
    /// </summary>
    OpeningSubject,
    /// <summary>The person the sentence is about ("Medinsky said …, adding: “…”"); no one when it names none.</summary>
    ClauseSubject,
}
