namespace PeaceBot.Slack.Protocol;

/// <summary>The outcome of reading a Slack request: the verified body, or the status to refuse it with.</summary>
internal sealed record SignedRequest(byte[] Body, int RefusalStatus, string RefusalReason)
{
    public bool IsAccepted => RefusalStatus == 0;
    public static SignedRequest Accepted(byte[] body) => new(body, 0, "");
    public static SignedRequest Refused(int status, string reason) => new([], status, reason);
}
