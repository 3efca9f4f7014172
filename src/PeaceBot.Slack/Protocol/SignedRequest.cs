namespace PeaceBot.Slack.Protocol;

/// <summary>The outcome of reading a Slack request: the verified body, or the status to refuse it with.</summary>
internal sealed record SignedRequest(byte[] Body, int RefusalStatus, string RefusalReason)
{
    /// <summary>Slack's unsigned <c>ssl_check</c> probe: answered 200 and nothing else.</summary>
    public bool IsSslCheck { get; private init; }
    public static SignedRequest SslCheck { get; } = new([], 0, "") { IsSslCheck = true };
    public bool IsAccepted => RefusalStatus == 0;
    public static SignedRequest Accepted(byte[] body) => new(body, 0, "");
    public static SignedRequest Refused(int status, string reason) => new([], status, reason);
}
