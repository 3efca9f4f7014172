namespace PeaceBot.Discord.Tests.Support;

internal sealed record RecordedRequest(string Method, string PathAndQuery, string Body)
{
    public string Authorization { get; init; } = "";
    public string UserAgent { get; init; } = "";
}
