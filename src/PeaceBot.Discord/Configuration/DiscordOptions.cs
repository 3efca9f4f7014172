namespace PeaceBot.Discord.Configuration;

/// <summary>The <c>Discord:*</c> configuration section.</summary>
public sealed class DiscordOptions
{
    public const string Section = "Discord";
    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    /// <summary>The application's Ed25519 public key: 64 hex characters.</summary>
    public string? PublicKey { get; set; }

    public string? ApplicationId { get; set; }

    /// <summary>Only needed to register commands.</summary>
    public string? BotToken { get; set; }

    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>"http" (interactions endpoint) or "gateway".</summary>
    public string Mode { get; set; } = "http";

    /// <summary>Answer ephemerally unless the user passes <c>private:false</c>.</summary>
    public bool DefaultPrivate { get; set; }

    /// <summary>Members with any of these roles count as moderators (besides MANAGE_GUILD).</summary>
    public List<string> ModeratorRoleIds { get; set; } = [];

    /// <summary>How long to wait for the core before replying "deferred" (Discord allows 3 s).</summary>
    public TimeSpan AnswerBudget { get; set; } = TimeSpan.FromMilliseconds(1500);

    /// <summary>Gateway mode: first wait before reconnecting; doubles per failed attempt up to 32×.</summary>
    public TimeSpan GatewayBackoff { get; set; } = TimeSpan.FromSeconds(1);

    public bool IsGateway => Mode == "gateway";

    public bool IsEnabled => !string.IsNullOrWhiteSpace(PublicKey) || !string.IsNullOrWhiteSpace(ApplicationId);
}
