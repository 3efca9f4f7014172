using System.ComponentModel.DataAnnotations;

namespace PeaceBot.Hosting;

/// <summary><c>Health:*</c> — what <c>/readyz</c> tolerates before it takes the bot out of service.</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>A platform socket session (Discord gateway, Slack Socket Mode) may be down this long, reconnecting, before readiness fails.</summary>
    [Range(0, 3600)]
    public int SessionGraceSeconds { get; set; } = 60;
}
