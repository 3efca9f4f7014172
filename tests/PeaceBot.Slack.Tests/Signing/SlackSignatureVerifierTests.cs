using System.Text;
using PeaceBot.Slack.Signing;

namespace PeaceBot.Slack.Tests.Signing;

public class SlackSignatureVerifierTests
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    private const string Body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private const string Expected = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private sealed class FixedClock(long seconds) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => DateTimeOffset.FromUnixTimeSeconds(seconds);
    }

    [Fact]
    public void Sign_matches_slacks_documented_example() =>
        Assert.Equal(Expected, SlackSignatureVerifier.Sign(Secret, Timestamp, Encoding.UTF8.GetBytes(Body)));

    [Fact]
    public void Documented_example_verifies_at_its_own_time() =>
        Assert.True(new SlackSignatureVerifier(Secret, new FixedClock(1531420618 + 60)).IsValid(Timestamp, Expected, Encoding.UTF8.GetBytes(Body)));

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    public void Timestamps_more_than_five_minutes_off_are_refused(long skew) =>
        Assert.False(new SlackSignatureVerifier(Secret, new FixedClock(1531420618 + skew)).IsValid(Timestamp, Expected, Encoding.UTF8.GetBytes(Body)));

    [Theory]
    [InlineData(null, Expected)]
    [InlineData(Timestamp, null)]
    [InlineData("abc", Expected)]
    [InlineData(Timestamp, "v0=00")]
    [InlineData(Timestamp, "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    public void Missing_or_wrong_headers_are_refused(string? timestamp, string? signature) =>
        Assert.False(new SlackSignatureVerifier(Secret, new FixedClock(1531420618)).IsValid(timestamp, signature, Encoding.UTF8.GetBytes(Body)));

    [Fact]
    public void A_tampered_body_is_refused() =>
        Assert.False(new SlackSignatureVerifier(Secret, new FixedClock(1531420618)).IsValid(Timestamp, Expected, Encoding.UTF8.GetBytes(Body.Replace("text=", "text=x"))));
}
