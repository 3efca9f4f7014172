using System.Globalization;

namespace PeaceBot.Hosting;

/// <summary>
/// <c>Metrics:*</c> — where <c>/metrics</c> is served. With <see cref="Urls"/> set it answers only on those addresses
/// (with no key; keep them private), and nothing else answers there; without it, it needs the bearer <c>Api:Key</c>
/// on the main address, and is off (404) when no key is set.
/// </summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>Addresses of its own for <c>/metrics</c>, separated by ';' (e.g. <c>http://0.0.0.0:9090</c>); each needs its own port.</summary>
    public string? Urls { get; set; }

    public bool HasOwnAddress => !string.IsNullOrWhiteSpace(Urls);

    public IReadOnlyList<string> Addresses =>
        (Urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The ports of <see cref="Addresses"/>; null when one has no explicit, non-zero port.</summary>
    public IReadOnlySet<int>? Ports()
    {
        var ports = new HashSet<int>();
        foreach (var address in Addresses)
        {
            var scheme = address.IndexOf("://", StringComparison.Ordinal);
            var colon = address.TrimEnd('/').LastIndexOf(':');
            if (scheme < 0 || colon <= scheme + 2) return null;
            var digits = address.TrimEnd('/')[(colon + 1)..];
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535) return null;
            ports.Add(port);
        }
        return ports;
    }
}
