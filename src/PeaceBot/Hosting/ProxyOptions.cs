using System.Net;

namespace PeaceBot.Hosting;

/// <summary>
/// <c>ForwardedHeaders:*</c> — the reverse proxies whose <c>X-Forwarded-For</c>/<c>X-Forwarded-Proto</c> are believed.
/// Empty (the default): none, so a client cannot pick its own address (and rate-limit bucket) with a header.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Proxy addresses, e.g. <c>["10.0.0.5"]</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. <c>["172.16.0.0/12"]</c> (a Docker network).</summary>
    public string[] KnownNetworks { get; set; } = [];

    public IEnumerable<string> Errors()
    {
        foreach (var p in KnownProxies)
            if (!IPAddress.TryParse(p, out _)) yield return $"ForwardedHeaders:KnownProxies: '{p}' is not an IP address";
        foreach (var n in KnownNetworks)
            if (!IPNetwork.TryParse(n, out _)) yield return $"ForwardedHeaders:KnownNetworks: '{n}' is not a network in CIDR notation (e.g. 10.0.0.0/8)";
    }
}
