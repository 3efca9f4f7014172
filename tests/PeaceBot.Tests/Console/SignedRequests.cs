using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PeaceBot.Tests.Console;

/// <summary>Chat platform requests signed the way the platforms sign them (computed here, independently of the adapters).</summary>
public static class SignedRequests
{
    public const string SlackSecret = "console-test-slack-signing-secret";

    public static HttpRequestMessage SlackCommand(string text, string user)
    {
        var body = string.Join('&', new Dictionary<string, string>
        {
            ["command"] = "/peacebot", ["text"] = text, ["user_id"] = user, ["user_name"] = "someone", ["team_id"] = "T1", ["channel_id"] = "C1",
            ["response_url"] = "http://127.0.0.1:9/hooks", ["trigger_id"] = "1.2.3",
        }.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(SlackSecret), Encoding.UTF8.GetBytes($"v0:{ts}:{body}"));
        var request = new HttpRequestMessage(HttpMethod.Post, "/slack/commands") { Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded") };
        request.Headers.Add("X-Slack-Request-Timestamp", ts);
        request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(mac));
        return request;
    }
}
