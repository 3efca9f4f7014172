using System.Globalization;
using System.Net;
using System.Text;
using CsCheck;
using PeaceBot.Discord.Security;
using PeaceBot.Discord.Tests.Support;

namespace PeaceBot.Discord.Tests;

/// <summary>
/// Generated forgeries of a correctly signed request: a flipped bit anywhere in body, signature or timestamp, a
/// truncation, a re-encoding, another key, a shifted clock. None may pass. Full size (10,000 per run) with
/// PEACEBOT_FULL_SUITES=1; the HTTP variant checks that nothing reached the core.
/// </summary>
public sealed class ForgerySuiteTests
{
    private static long Iterations => Environment.GetEnvironmentVariable("PEACEBOT_FULL_SUITES") == "1" ? 10_000 : 1_000;

    private enum Damage { FlipBody, FlipSignature, TruncateBody, TruncateSignature, OtherTimestamp, Utf16Body, UpperHexSignature, OtherKey, Stale, Future, AppendBody }

    private static readonly Gen<(Damage, int, int)> Forgery = Gen.Select(Gen.Enum<Damage>(), Gen.Int[0, 10_000], Gen.Int[1, 7]);

    [Fact]
    public void No_forgery_verifies()
    {
        using var signer = new TestSigner();
        using var other = new TestSigner();
        var verifier = new DiscordSignatureVerifier(signer.PublicKeyHex);
        var accepted = 0;
        Forgery.Sample(f =>
        {
            var (body, signature, ts) = Forge(signer, other, f);
            if (verifier.Verify(signature, ts, body)) Interlocked.Increment(ref accepted);
        }, iter: Iterations);
        Assert.Equal(0, accepted);
    }

    [Fact]
    public async Task No_forgery_reaches_the_core_over_http()
    {
        await using var host = await DiscordTestHost.StartAsync();
        using var other = new TestSigner();
        var accepted = 0;
        foreach (var f in Forgery.Array[Math.Min(300, (int)Iterations / 10)].Single())
        {
            var (body, signature, ts) = Forge(host.Signer, other, f);
            var response = await host.PostAsync(body, signature, ts);
            if (response.StatusCode != HttpStatusCode.Unauthorized) accepted++;
        }
        Assert.Equal(0, accepted);
        Assert.Empty(host.Core.Requests);
    }

    private static (byte[] Body, string Signature, string Timestamp) Forge(TestSigner signer, TestSigner other, (Damage Kind, int At, int Bit) f)
    {
        var body = Encoding.UTF8.GetBytes(DiscordTestHost.Command("ask", "[{\"name\":\"question\",\"type\":3,\"value\":\"Ukraine talks\"}]"));
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = signer.Sign(ts, body);
        switch (f.Kind)
        {
            case Damage.FlipBody: body[f.At % body.Length] ^= (byte)(1 << f.Bit); break;
            case Damage.FlipSignature:
                var bytes = Convert.FromHexString(signature);
                bytes[f.At % bytes.Length] ^= (byte)(1 << f.Bit);
                signature = Convert.ToHexString(bytes).ToLowerInvariant();
                break;
            case Damage.TruncateBody: body = body[..(f.At % body.Length)]; break;
            case Damage.TruncateSignature: signature = signature[..(f.At % signature.Length)]; break;
            case Damage.OtherTimestamp: ts = (long.Parse(ts, CultureInfo.InvariantCulture) + 1 + f.At % 200).ToString(CultureInfo.InvariantCulture); break;
            case Damage.Utf16Body: body = Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(body)); break;
            case Damage.UpperHexSignature: signature = signer.Sign(ts, [.. body, (byte)' ']).ToUpperInvariant(); break;
            case Damage.OtherKey: signature = other.Sign(ts, body); break;
            case Damage.Stale: ts = (long.Parse(ts, CultureInfo.InvariantCulture) - 301 - f.At).ToString(CultureInfo.InvariantCulture); signature = signer.Sign(ts, body); break;
            case Damage.Future: ts = (long.Parse(ts, CultureInfo.InvariantCulture) + 301 + f.At).ToString(CultureInfo.InvariantCulture); signature = signer.Sign(ts, body); break;
            case Damage.AppendBody: body = [.. body, (byte)(' ' + f.Bit)]; break;
        }
        return (body, signature, ts);
    }
}
