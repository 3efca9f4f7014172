namespace PeaceBot.Core.Knowledge;

public enum KnowledgeKind
{
    /// <summary>Paragraphs of prose (news articles, analyses). Needs a publication date.</summary>
    Article,
    /// <summary>A numbered list "N. text"; indented sub-items belong to point N.</summary>
    Plan,
    /// <summary>"SPEAKER NAME: text" lines, each a quote of its speaker.</summary>
    Transcript,
    /// <summary>Free notes: searchable passages, no date required.</summary>
    Note,
}
