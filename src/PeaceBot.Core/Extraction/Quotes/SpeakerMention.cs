namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>The words naming a speaker as written, before resolution; Start/End span the whole phrase (titles included).</summary>
internal sealed record SpeakerMention(string Text, SpeakerMentionKind Kind, int Start, int End);
