namespace PeaceBot.Import;

/// <summary>
/// The form of an address an imported file records and is found again by: no fragment, no tracking parameters
/// (<c>utm_*</c>, <c>fbclid</c>, <c>gclid</c>), host in lower case, default port dropped.
/// </summary>
public static class ImportUrl
{
    private static readonly string[] TrackingPrefixes = ["utm_", "fbclid", "gclid", "mc_cid", "mc_eid"];

    public static string Normalize(Uri uri)
    {
        var builder = new UriBuilder(uri) { Fragment = "", Host = uri.Host.ToLowerInvariant() };
        if (uri.IsDefaultPort) builder.Port = -1;
        var kept = builder.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !TrackingPrefixes.Any(t => p.StartsWith(t, StringComparison.OrdinalIgnoreCase)));
        builder.Query = string.Join('&', kept);
        return builder.Uri.AbsoluteUri;
    }

    public static string? Normalize(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? Normalize(uri) : null;
}
