namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>A speaker phrase and its verb; Start/End cover both, so the snippet can include them.</summary>
internal sealed record Attribution(SpeakerMention Speaker, int Start, int End, int VerbEnd);
