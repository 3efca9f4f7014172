using System.Globalization;
using System.Text;
using NSec.Cryptography;

namespace PeaceBot.Discord.Security;

/// <summary>
/// Verifies Discord's Ed25519 signature over the timestamp header followed by the raw body, and refuses
/// timestamps more than five minutes from now (replays).
/// </summary>
public sealed class DiscordSignatureVerifier
{
    public static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(5);
    private readonly PublicKey _key;
    private readonly TimeProvider _time;

    public DiscordSignatureVerifier(string publicKeyHex, TimeProvider? time = null)
    {
        _key = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(publicKeyHex), KeyBlobFormat.RawPublicKey);
        _time = time ?? TimeProvider.System;
    }

    public bool Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (signatureHex is not { Length: 128 } || string.IsNullOrEmpty(timestamp) || timestamp.Length > 20) return false;
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return false;
        var age = _time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799));
        if (age.Duration() > MaxSkew) return false;

        byte[] signature;
        try
        {
            signature = Convert.FromHexString(signatureHex);
        }
        catch (FormatException)
        {
            return false;
        }
        var stamp = Encoding.UTF8.GetBytes(timestamp);
        var message = new byte[stamp.Length + body.Length];
        stamp.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(stamp.Length));
        return SignatureAlgorithm.Ed25519.Verify(_key, message, signature);
    }
}
