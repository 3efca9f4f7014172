using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PeaceBot.Slack.Signing;

/// <summary>Slack's v0 request signature: hex HMAC-SHA256 over <c>v0:{timestamp}:{raw body}</c>.</summary>
internal sealed class SlackSignatureVerifier(string signingSecret, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);
    private readonly byte[] _key = Encoding.UTF8.GetBytes(signingSecret);

    public static string Sign(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), message);
        return "v0=" + Convert.ToHexStringLower(mac);
    }

    public bool IsValid(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature)) return false;
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return false;
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        // Replay protection: a captured request is useless after five minutes.
        if (Math.Abs(now - seconds) > (long)MaxAge.TotalSeconds) return false;

        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        hmac.AppendData(prefix);
        hmac.AppendData(body);
        var expected = Encoding.ASCII.GetBytes("v0=" + Convert.ToHexStringLower(hmac.GetHashAndReset()));
        var given = Encoding.ASCII.GetBytes(signature.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
