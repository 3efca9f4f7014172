namespace PeaceBot.Discord.Paging;

/// <summary>The outcome of reading a "More" button's custom id.</summary>
public sealed record MoreButtonLookup(MoreButtonLookupStatus Status, string CommandText, int Page)
{
    public static readonly MoreButtonLookup Invalid = new(MoreButtonLookupStatus.Invalid, "", 0);
    public static readonly MoreButtonLookup Expired = new(MoreButtonLookupStatus.Expired, "", 0);
    public static MoreButtonLookup Found(string text, int page) => new(MoreButtonLookupStatus.Found, text, page);
}
