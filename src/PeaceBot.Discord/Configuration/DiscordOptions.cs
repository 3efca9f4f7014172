namespace PeaceBot.Discord.Configuration;

/// <summary><c>Discord:*</c>. The adapter is on when <see cref="PublicKey"/> and <see cref="ApplicationId"/> are set.</summary>
public sealed class DiscordOptions
{
    public const string Section = "Discord";
    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    /// <summary>The application's public key: 64 hex characters (Developer Portal → General Information).</summary>
    public string? PublicKey { get; set; }

    public string? ApplicationId { get; set; }

    /// <summary>Only needed to register commands and for gateway mode.</summary>
    public string? BotToken { get; set; }

    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>Gateway URL override (tests); by default asked from <c>GET /gateway/bot</c>.</summary>
    public string? GatewayUrl { get; set; }

    public DiscordMode Mode { get; set; } = DiscordMode.Http;

    /// <summary>Answers are visible only to the asker unless they choose otherwise.</summary>
    public bool DefaultPrivate { get; set; }

    /// <summary>Role ids whose members may run /status and /reload (besides Manage Server).</summary>
    public List<string> ModeratorRoleIds { get; set; } = [];

    /// <summary>How long to wait for an answer before deferring it (Discord allows 3 s for the first response).</summary>
    public int AnswerBudgetMilliseconds { get; set; } = 2000;

    /// <summary>The first gateway reconnect delay; later ones double up to a minute, each with jitter.</summary>
    public int ReconnectMilliseconds { get; set; } = 1000;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(PublicKey) || !string.IsNullOrWhiteSpace(ApplicationId);
}
