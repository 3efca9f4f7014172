using System.Security.Cryptography;
using System.Text;

namespace PeaceBot.Hosting;

/// <summary>The <c>Authorization: Bearer &lt;Api:Key&gt;</c> check, in constant time, shared by <c>/api/ask</c> and <c>/metrics</c>.</summary>
public static class BearerKey
{
    private const string Scheme = "Bearer ";

    public static bool IsPresent(HttpRequest request) => request.Headers.Authorization.Count > 0;

    public static bool Matches(HttpRequest request, string key)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)) return false;
        var given = Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim());
        var expected = Encoding.UTF8.GetBytes(key);
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(given), SHA256.HashData(expected));
    }
}
