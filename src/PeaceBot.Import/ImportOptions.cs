namespace PeaceBot.Import;

/// <summary>
/// How imports fetch and where they write. Bound from the <c>Import</c> configuration section
/// (<c>Import:AllowPrivateNetworks</c> …); the folder comes from <c>Knowledge:ImportFolder</c>.
/// </summary>
public sealed record ImportOptions
{
    public const long DefaultMaxBytes = 5 * 1024 * 1024;

    /// <summary>Largest page accepted, in bytes; a bigger one is refused, never cut.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>Time for the whole fetch, redirects included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Redirects followed, each re-checked like the first address.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>
    /// Lets fetches reach loopback, private, link-local and metadata addresses. Off on a public server (a chat user
    /// must not make the bot probe its own network); tests turn it on to serve pages from loopback.
    /// </summary>
    public bool AllowPrivateNetworks { get; init; }

    /// <summary>Private addresses allowed even when <see cref="AllowPrivateNetworks"/> is off (an internal mirror, say).</summary>
    public IReadOnlySet<System.Net.IPAddress> AllowedPrivateAddresses { get; init; } = new HashSet<System.Net.IPAddress>();

    public string UserAgent { get; init; } = "PeaceBot-Importer/1.0 (+knowledge import for a self-hosted chat bot)";
}
