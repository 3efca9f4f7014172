namespace PeaceBot.Core.Extraction.Quotes;

internal enum SpeakerMentionKind
{
    /// <summary>A person's name, full or surname only.</summary>
    Name,
    /// <summary>A role, group or institution standing in for a name ("a NATO diplomat", "the Kremlin").</summary>
    Role,
    /// <summary>"he", "she": resolved to a person named earlier.</summary>
    Pronoun,
}
