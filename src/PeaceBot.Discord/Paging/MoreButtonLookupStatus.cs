namespace PeaceBot.Discord.Paging;

public enum MoreButtonLookupStatus
{
    Found,
    Expired,
    Invalid,
}
