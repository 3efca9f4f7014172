using System.ComponentModel.DataAnnotations;

namespace PeaceBot.Hosting;

/// <summary><c>RateLimit:*</c> — how many answers one user may get per window, on every front end.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimit";

    public bool Enabled { get; set; } = true;

    [Range(1, 100_000)]
    public int PermitsPerWindow { get; set; } = 20;

    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 60;
}
