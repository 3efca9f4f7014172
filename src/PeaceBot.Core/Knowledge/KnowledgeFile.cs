namespace PeaceBot.Core.Knowledge;

/// <summary>
/// A parsed knowledge file: its header and its body. <see cref="BodyOffset"/> is where the body starts in the
/// file's text, so offsets into <see cref="Body"/> map back to the file.
/// </summary>
public sealed record KnowledgeFile(string RelativePath, FrontMatter FrontMatter, string Body, int BodyOffset, int BodyLine, string ContentHash);
