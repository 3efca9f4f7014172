namespace PeaceBot.Import.Fetching;

/// <summary>A page as fetched: where it ended up after redirects, what it is, and its text.</summary>
public sealed record FetchedPage(Uri RequestedUri, Uri FinalUri, PageKind Kind, string Text);
