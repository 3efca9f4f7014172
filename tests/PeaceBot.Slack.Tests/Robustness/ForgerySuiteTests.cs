using System.Globalization;
using System.Net;
using System.Text;
using CsCheck;
using PeaceBot.Slack.Signing;
using PeaceBot.Slack.Tests.Fakes;
using PeaceBot.Slack.Tests.Hosting;

namespace PeaceBot.Slack.Tests.Robustness;

/// <summary>
/// Generated forgeries of a correctly signed Slack request — a flipped bit in body, signature or timestamp, a
/// truncation, another secret, a replay outside the five-minute window — never verify. Full size (10,000) with
/// PEACEBOT_FULL_SUITES=1; the HTTP variant checks that nothing reached the core.
/// </summary>
public sealed class ForgerySuiteTests
{
    private static long Iterations => Environment.GetEnvironmentVariable("PEACEBOT_FULL_SUITES") == "1" ? 10_000 : 1_000;

    private enum Damage { FlipBody, FlipSignature, TruncateBody, TruncateSignature, OtherTimestamp, OtherSecret, Replay, Future, NoPrefix, AppendBody }

    private static readonly Gen<(Damage, int, int)> Forgery = Gen.Select(Gen.Enum<Damage>(), Gen.Int[0, 10_000], Gen.Int[0, 6]);

    [Fact]
    public void No_forgery_verifies()
    {
        var verifier = new SlackSignatureVerifier(SlackBotHost.Secret, TimeProvider.System);
        var accepted = 0;
        Forgery.Sample(f =>
        {
            var (body, signature, ts) = Forge(f, "https://hooks.example/x");
            if (verifier.IsValid(ts, signature, body)) Interlocked.Increment(ref accepted);
        }, iter: Iterations);
        Assert.Equal(0, accepted);
    }

    [Fact]
    public async Task No_forgery_reaches_the_core_over_http()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack);
        var accepted = 0;
        foreach (var f in Forgery.Array[Math.Min(300, (int)Iterations / 10)].Single())
        {
            var (body, signature, ts) = Forge(f, slack.ResponseUrl());
            var request = new HttpRequestMessage(HttpMethod.Post, "/slack/commands") { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new("application/x-www-form-urlencoded");
            request.Headers.TryAddWithoutValidation("X-Slack-Request-Timestamp", ts);
            request.Headers.TryAddWithoutValidation("X-Slack-Signature", signature);
            var response = await bot.Client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Unauthorized) accepted++;
        }
        Assert.Equal(0, accepted);
        Assert.Empty(bot.Core.Requests);
    }

    private static (byte[] Body, string Signature, string Timestamp) Forge((Damage Kind, int At, int Bit) f, string responseUrl)
    {
        var body = Encoding.UTF8.GetBytes(SlackForms.SlashCommand("/peacebot", "who said peace", responseUrl));
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = SlackSignatureVerifier.Sign(SlackBotHost.Secret, ts, body);
        long Ts() => long.Parse(ts, CultureInfo.InvariantCulture);
        switch (f.Kind)
        {
            case Damage.FlipBody: body[f.At % body.Length] ^= (byte)(1 << f.Bit); break;
            case Damage.FlipSignature:
                var i = 3 + f.At % (signature.Length - 3);
                var c = signature[i];
                signature = signature[..i] + (c == '0' ? '1' : '0') + signature[(i + 1)..];
                break;
            case Damage.TruncateBody: body = body[..(f.At % body.Length)]; break;
            case Damage.TruncateSignature: signature = signature[..(f.At % signature.Length)]; break;
            case Damage.OtherTimestamp: ts = (Ts() - 1 - f.At % 200).ToString(CultureInfo.InvariantCulture); break;
            case Damage.OtherSecret: signature = SlackSignatureVerifier.Sign("another-signing-secret-0000", ts, body); break;
            case Damage.Replay: ts = (Ts() - 301 - f.At).ToString(CultureInfo.InvariantCulture); signature = SlackSignatureVerifier.Sign(SlackBotHost.Secret, ts, body); break;
            case Damage.Future: ts = (Ts() + 301 + f.At).ToString(CultureInfo.InvariantCulture); signature = SlackSignatureVerifier.Sign(SlackBotHost.Secret, ts, body); break;
            case Damage.NoPrefix: signature = signature[3..]; break;
            case Damage.AppendBody: body = [.. body, (byte)'&', (byte)'x']; break;
        }
        return (body, signature, ts);
    }
}
