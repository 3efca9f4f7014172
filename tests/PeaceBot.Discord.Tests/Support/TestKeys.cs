using System.Text;
using NSec.Cryptography;

namespace PeaceBot.Discord.Tests.Support;

/// <summary>An Ed25519 key pair made per test run, standing in for Discord's signing key.</summary>
internal sealed class TestKeys : IDisposable
{
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });

    public string PublicKeyHex => Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    public string Sign(string timestamp, byte[] body)
    {
        var message = Encoding.UTF8.GetBytes(timestamp).Concat(body).ToArray();
        return Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_key, message));
    }

    public void Dispose() => _key.Dispose();
}
