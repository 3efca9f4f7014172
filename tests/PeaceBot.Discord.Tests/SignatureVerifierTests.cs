using System.Text;
using PeaceBot.Discord.Security;

namespace PeaceBot.Discord.Tests;

public sealed class SignatureVerifierTests
{
    // A vector made with Python's `cryptography` and checked against another Ed25519 implementation.
    private const string Key = "03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8";
    private const string Signature = "c1098e97d711377f30225d53d94b89d43537f92e5b3afaddc590781b1f9f9d4b2eeab335d370be3b9a090bc61a85b86448bc140dcd195f1569c2bff181257607";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"type\":1}");

    private static DiscordSignatureVerifier At(long unixSeconds) =>
        new(Key, new FixedTime(DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));

    [Fact]
    public void Accepts_the_known_vector() => Assert.True(At(1700000000).Verify(Signature, "1700000000", Body));

    [Theory]
    [InlineData(Signature, "1700000001")]                                   // another timestamp
    [InlineData("d" + "1098e97d711377f30225d53d94b89d43537f92e5b3afaddc590781b1f9f9d4b2eeab335d370be3b9a090bc61a85b86448bc140dcd195f1569c2bff181257607", "1700000000")]
    [InlineData("c1098e97", "1700000000")]                                   // truncated
    [InlineData("zz098e97d711377f30225d53d94b89d43537f92e5b3afaddc590781b1f9f9d4b2eeab335d370be3b9a090bc61a85b86448bc140dcd195f1569c2bff181257607", "1700000000")]
    [InlineData(Signature, "")]
    [InlineData(Signature, "17e8")]
    [InlineData(null, "1700000000")]
    public void Refuses_anything_else(string? signature, string timestamp) =>
        Assert.False(At(1700000000).Verify(signature, timestamp, Body));

    [Fact]
    public void Refuses_another_body() =>
        Assert.False(At(1700000000).Verify(Signature, "1700000000", Encoding.UTF8.GetBytes("{\"type\":2}")));

    [Theory]
    [InlineData(1700000000 + 301)]
    [InlineData(1700000000 - 301)]
    public void Refuses_stale_and_future_timestamps(long now) => Assert.False(At(now).Verify(Signature, "1700000000", Body));

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
