namespace PeaceBot.Slack.Protocol;

/// <summary>
/// Request body limits per endpoint, each as large as Slack sends there. A <c>block_actions</c> payload on a public
/// message carries the whole message (up to 50 blocks of 3,000 characters; non-Latin text is 2 bytes a character
/// in UTF-8 and 3 bytes a byte once form-encoded), so interactions get the most room.
/// </summary>
internal static class SlackBodyLimits
{
    /// <summary>Form fields of one command: text is at most a few thousand characters.</summary>
    public const int Commands = 64 * 1024;

    /// <summary>An event callback carries one event (a message with its blocks and files).</summary>
    public const int Events = 1024 * 1024;

    /// <summary>50 blocks × 3,000 characters × 2 UTF-8 bytes × 3 (percent-encoding), plus the rest of the payload.</summary>
    public const int Interactions = 1024 * 1024;
}
