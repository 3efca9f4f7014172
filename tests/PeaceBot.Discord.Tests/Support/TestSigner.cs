using System.Text;
using NSec.Cryptography;

namespace PeaceBot.Discord.Tests.Support;

/// <summary>An Ed25519 key pair standing in for Discord's: signs timestamp + body as Discord does.</summary>
public sealed class TestSigner : IDisposable
{
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });

    public string PublicKeyHex => Convert.ToHexString(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey)).ToLowerInvariant();

    public string Sign(string timestamp, byte[] body) =>
        Convert.ToHexString(SignatureAlgorithm.Ed25519.Sign(_key, Encoding.UTF8.GetBytes(timestamp).Concat(body).ToArray())).ToLowerInvariant();

    public void Dispose() => _key.Dispose();
}
