using System.Text;
using PeaceBot.Discord.Security;
using PeaceBot.Discord.Tests.Support;

namespace PeaceBot.Discord.Tests.Security;

public class InteractionSignatureVerifierTests
{
    // Test vector from the team's platform checklist (made with Python `cryptography`).
    private const string VectorKey = "03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8";
    private const string VectorTimestamp = "1700000000";
    private const string VectorBody = "{\"type\":1}";
    private const string VectorSignature = "c1098e97d711377f30225d53d94b89d43537f92e5b3afaddc590781b1f9f9d4b2eeab335d370be3b9a090bc61a85b86448bc140dcd195f1569c2bff181257607";

    private static InteractionSignatureVerifier At(long unixSeconds) =>
        new(VectorKey, new FixedClock(DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));

    [Fact]
    public void Accepts_the_known_test_vector()
    {
        Assert.True(At(1700000000).IsValid(VectorSignature, VectorTimestamp, Encoding.UTF8.GetBytes(VectorBody)));
    }

    [Fact]
    public void Rejects_the_vector_with_one_body_byte_changed()
    {
        Assert.False(At(1700000000).IsValid(VectorSignature, VectorTimestamp, Encoding.UTF8.GetBytes("{\"type\":2}")));
    }

    [Fact]
    public void Rejects_the_vector_with_another_timestamp()
    {
        Assert.False(At(1700000000).IsValid(VectorSignature, "1700000001", Encoding.UTF8.GetBytes(VectorBody)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("zz")]
    [InlineData("c1098e97")]
    public void Rejects_missing_or_malformed_signatures(string? signature)
    {
        Assert.False(At(1700000000).IsValid(signature, VectorTimestamp, Encoding.UTF8.GetBytes(VectorBody)));
    }

    [Fact]
    public void Rejects_a_non_hex_signature_of_the_right_length()
    {
        var signature = new string('g', 128);
        Assert.False(At(1700000000).IsValid(signature, VectorTimestamp, Encoding.UTF8.GetBytes(VectorBody)));
    }

    [Theory]
    [InlineData(1700000000 + 300, true)]
    [InlineData(1700000000 - 300, true)]
    [InlineData(1700000000 + 301, false)]
    [InlineData(1700000000 - 301, false)]
    public void Refuses_timestamps_more_than_five_minutes_off(long now, bool expected)
    {
        Assert.Equal(expected, At(now).IsValid(VectorSignature, VectorTimestamp, Encoding.UTF8.GetBytes(VectorBody)));
    }

    [Fact]
    public void A_correct_signature_is_still_refused_when_the_timestamp_is_not_a_number()
    {
        using var keys = new TestKeys();
        var verifier = new InteractionSignatureVerifier(keys.PublicKeyHex, new FixedClock(DateTimeOffset.UtcNow));
        var body = Encoding.UTF8.GetBytes(VectorBody);
        Assert.False(verifier.IsValid(keys.Sign("soon", body), "soon", body));
        Assert.True(verifier.IsSignatureValid(keys.Sign("soon", body), "soon", body));
    }
}
