namespace PeaceBot.Core.Index;

internal static class IndexDocType
{
    public const string Passage = "passage";
    public const string Quote = "quote";
    public const string Event = "event";
    public const string Point = "point";
    public const string Mention = "mention";
    public const string Source = "source";
}
