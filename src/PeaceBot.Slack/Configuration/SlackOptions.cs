namespace PeaceBot.Slack.Configuration;

/// <summary>The <c>Slack:*</c> configuration section (env vars <c>Slack__SigningSecret</c> …).</summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    public string? SigningSecret { get; set; }

    /// <summary>Bot token (<c>xoxb-</c>) for chat.postMessage.</summary>
    public string? BotToken { get; set; }

    /// <summary>App-level token (<c>xapp-</c>), only for Socket Mode.</summary>
    public string? AppToken { get; set; }

    /// <summary><c>http</c> (default) or <c>socket</c>.</summary>
    public string Mode { get; set; } = "http";

    public string ApiBaseUrl { get; set; } = "https://slack.com/api/";

    /// <summary>The catch-all slash command; the dedicated /who, /plan, /timeline, /ask are always understood too.</summary>
    public string CommandName { get; set; } = "/peacebot";

    /// <summary>Slack user ids allowed to run /reload and /status.</summary>
    public string[] ModeratorUserIds { get; set; } = [];

    /// <summary>When true, slash command answers go to the channel unless the user says otherwise.</summary>
    public bool PublicByDefault { get; set; }

    /// <summary>Results per page.</summary>
    public int PageSize { get; set; } = 5;

    /// <summary>How long a slash command may wait for the answer to reply inline; Slack gives 3000 ms in all.</summary>
    public int InlineReplyMilliseconds { get; set; } = 2000;

    /// <summary>Socket Mode: a WebSocket PING this often; the socket is replaced when no PONG comes back in <see cref="PongTimeoutMilliseconds"/>.</summary>
    public int PingIntervalMilliseconds { get; set; } = 10_000;

    public int PongTimeoutMilliseconds { get; set; } = 5_000;

    /// <summary>Socket Mode: the first reconnect delay; later ones double up to 30 s, each with jitter.</summary>
    public int ReconnectMilliseconds { get; set; } = 500;

    public bool IsSocketMode => string.Equals(Mode, "socket", StringComparison.OrdinalIgnoreCase);

    /// <summary>Configured at all: either secret or token present. Half a configuration is a validation error, not "disabled".</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(SigningSecret) || !string.IsNullOrWhiteSpace(BotToken) || !string.IsNullOrWhiteSpace(AppToken);
}
