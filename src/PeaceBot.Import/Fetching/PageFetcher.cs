using System.Net;
using System.Net.Http.Headers;

namespace PeaceBot.Import.Fetching;

/// <summary>
/// Fetches one page safely for a public server: http and https only, every redirect followed by hand and checked
/// again, connections only to public addresses (checked at connect time by <see cref="GuardedConnector"/>), a size
/// limit on what is read (after decompression) and one time limit for the whole fetch. Failures become
/// <see cref="ImportRefusedException"/>s with a reason a moderator can act on.
/// </summary>
public sealed class PageFetcher : IDisposable
{
    private readonly ImportOptions _options;
    private readonly HttpClient _client;

    public PageFetcher(ImportOptions options)
    {
        _options = options;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.Timeout,
            MaxResponseHeadersLength = 64,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = new GuardedConnector(options.AllowPrivateNetworks, options.AllowedPrivateAddresses).ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan, MaxResponseContentBufferSize = Math.Max(1, options.MaxBytes) };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,text/markdown;q=0.8");
    }

    public async Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            return await FetchCoreAsync(url, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ImportRefusedException($"the page did not arrive within {_options.Timeout.TotalSeconds:0} seconds");
        }
        catch (HttpRequestException e) when (Blocked(e) is { } blocked)
        {
            throw new ImportRefusedException(blocked.Message, e);
        }
        catch (HttpRequestException e)
        {
            throw new ImportRefusedException($"the page could not be fetched: {e.Message}", e);
        }
    }

    private async Task<FetchedPage> FetchCoreAsync(Uri requested, CancellationToken ct)
    {
        var current = requested;
        for (var hop = 0; ; hop++)
        {
            CheckAddress(current);
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                if (hop >= _options.MaxRedirects)
                    throw new ImportRefusedException($"the page redirects more than {_options.MaxRedirects} times");
                current = location.IsAbsoluteUri ? location : new Uri(current, location);
                continue;
            }
            if (status is 401 or 403 or 407)
                throw new ImportRefusedException($"the site asks for a login or refuses access (HTTP {status}); save the article as a file and import that");
            if (status == 404 || status == 410)
                throw new ImportRefusedException($"there is no page at this address (HTTP {status})");
            if (status is < 200 or >= 300)
                throw new ImportRefusedException($"the site answered HTTP {status} {response.ReasonPhrase}".TrimEnd());

            var headers = response.Content.Headers;
            if (headers.ContentLength is { } length && length > _options.MaxBytes)
                throw TooBig(length);
            var bytes = await ReadBoundedAsync(response.Content, ct).ConfigureAwait(false);
            var kind = MediaTypes.Classify(headers.ContentType?.MediaType, current.AbsolutePath, bytes);
            return new FetchedPage(requested, current, kind, TextDecoding.Decode(bytes, Charset(headers.ContentType), kind));
        }
    }

    /// <summary>Only http and https, and no user names or passwords in the address.</summary>
    public static void CheckAddress(Uri url)
    {
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
            throw new ImportRefusedException($"only http and https links can be imported, not '{Shorten(url.OriginalString)}'");
        if (url.UserInfo.Length > 0)
            throw new ImportRefusedException("links with a user name or password in them are not fetched");
    }

    private async Task<byte[]> ReadBoundedAsync(HttpContent content, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + n > _options.MaxBytes) throw TooBig(null);
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    private ImportRefusedException TooBig(long? length) => new(length is { } l
        ? $"the page is {Megabytes(l)} MB; imports are limited to {Megabytes(_options.MaxBytes)} MB"
        : $"the page is larger than the {Megabytes(_options.MaxBytes)} MB import limit");

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    private static string? Charset(MediaTypeHeaderValue? type) => type?.CharSet;

    private static BlockedAddressException? Blocked(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is BlockedAddressException b) return b;
        return null;
    }

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..80] + "…";

    public void Dispose() => _client.Dispose();
}
