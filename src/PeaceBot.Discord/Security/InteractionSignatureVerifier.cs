using System.Text;
using NSec.Cryptography;

namespace PeaceBot.Discord.Security;

/// <summary>Checks Discord's Ed25519 signature over timestamp + raw body, and refuses stale timestamps.</summary>
public sealed class InteractionSignatureVerifier
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly PublicKey _key;
    private readonly TimeProvider _clock;

    public InteractionSignatureVerifier(string publicKeyHex, TimeProvider clock)
    {
        _key = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(publicKeyHex), KeyBlobFormat.RawPublicKey);
        _clock = clock;
    }

    /// <summary>Signature only: the wire contract Discord documents.</summary>
    public bool IsSignatureValid(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(signatureHex) || string.IsNullOrEmpty(timestamp)) return false;
        if (signatureHex.Length != 128 || !signatureHex.All(char.IsAsciiHexDigit)) return false;
        if (timestamp.Length > 20) return false;
        var signature = Convert.FromHexString(signatureHex);
        var stamp = Encoding.UTF8.GetBytes(timestamp);
        var message = new byte[stamp.Length + body.Length];
        stamp.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(stamp.Length));
        return SignatureAlgorithm.Ed25519.Verify(_key, message, signature);
    }

    /// <summary>Signature plus a timestamp no more than <see cref="MaxAge"/> away from now (replay guard).</summary>
    public bool IsValid(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body) =>
        IsSignatureValid(signatureHex, timestamp, body) && IsFresh(timestamp!);

    private bool IsFresh(string timestamp)
    {
        if (!long.TryParse(timestamp, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
            return false;
        var now = _clock.GetUtcNow().ToUnixTimeSeconds();
        return Math.Abs(now - seconds) <= (long)MaxAge.TotalSeconds;
    }
}
