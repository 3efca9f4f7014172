namespace PeaceBot.Discord.Gateway;

/// <summary>What a RESUME needs: the session, where to resume it, and the last sequence number seen.</summary>
internal sealed class GatewaySession
{
    public string? SessionId { get; set; }
    public string? ResumeUrl { get; set; }
    public long? Sequence { get; set; }

    public bool CanResume => SessionId is not null;

    public void Forget()
    {
        SessionId = null;
        ResumeUrl = null;
        Sequence = null;
    }
}
