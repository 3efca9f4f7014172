namespace PeaceBot.Hosting;

/// <summary><c>Api:*</c> — the HTTP endpoint for scripts and integrations.</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    public bool Enabled { get; set; } = true;

    /// <summary>When set, <c>POST /api/ask</c> requires <c>Authorization: Bearer &lt;key&gt;</c>.</summary>
    public string? Key { get; set; }

    /// <summary>Answers callers without a key too. Without a key and without this, <c>/api/ask</c> answers 404.</summary>
    public bool AllowAnonymous { get; set; }

    public bool HasKey => !string.IsNullOrEmpty(Key);

    /// <summary>Whether <c>/api/ask</c> answers at all.</summary>
    public bool IsServed => Enabled && (HasKey || AllowAnonymous);

    /// <summary>The start-up log line saying who may use <c>/api/ask</c>.</summary>
    public string Describe() => !Enabled ? "API: /api/ask is off (Api:Enabled=false)"
        : HasKey && AllowAnonymous ? "API: /api/ask is open to anyone (Api:AllowAnonymous=true); the Api:Key holder may also run moderator commands"
        : HasKey ? "API: /api/ask requires the bearer key (Api:Key)"
        : AllowAnonymous ? "API: /api/ask is open to anyone without a key (Api:AllowAnonymous=true)"
        : "API: /api/ask is off (404): set Api:Key to require a key, or Api:AllowAnonymous=true to open it";
}
