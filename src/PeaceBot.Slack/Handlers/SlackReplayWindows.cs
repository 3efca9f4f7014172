using PeaceBot.Slack.Signing;

namespace PeaceBot.Slack.Handlers;

/// <summary>How long Slack ids are remembered so a replayed or retried request is answered once.</summary>
internal static class SlackReplayWindows
{
    /// <summary>A signed request's timestamp may be 5 minutes either side of now: its replay can come up to 10 minutes later.</summary>
    public static readonly TimeSpan Signed = 2 * SlackSignatureVerifier.MaxAge;

    /// <summary>Slack retries an event now, after 1 minute and after 5 minutes (and over Socket Mode without a signature).</summary>
    public static readonly TimeSpan Events = TimeSpan.FromHours(1);
}
