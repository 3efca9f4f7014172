namespace PeaceBot.Import.Fetching;

/// <summary>What a fetched or read page is, as far as importing goes.</summary>
public enum PageKind
{
    Html,
    Text,
    Markdown,
}
