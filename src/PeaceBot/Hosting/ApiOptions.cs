namespace PeaceBot.Hosting;

/// <summary><c>Api:*</c> — the HTTP endpoint for scripts and integrations.</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    public bool Enabled { get; set; } = true;

    /// <summary>When set, <c>POST /api/ask</c> requires <c>Authorization: Bearer &lt;key&gt;</c>.</summary>
    public string? Key { get; set; }
}
