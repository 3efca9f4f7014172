using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NSec.Cryptography;

namespace PeaceBot.Tests.Console;

/// <summary>Chat platform requests signed the way the platforms sign them (computed here, independently of the adapters).</summary>
public static class SignedRequests
{
    public const string SlackSecret = "console-test-slack-signing-secret";

    public const string DiscordApplicationId = "123456789012345678";
    private static long _lastId = 1_000;

    /// <summary>Every interaction Discord sends has its own id; the endpoint refuses a repeated one as a replay.</summary>
    private static string NextId() => Interlocked.Increment(ref _lastId).ToString(CultureInfo.InvariantCulture);
    private static readonly Key DiscordKey = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });

    public static string DiscordPublicKey => Convert.ToHexStringLower(DiscordKey.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    public static string DiscordAsk(string question, string user) =>
        $$$"""{"id":"{{{NextId()}}}","application_id":"{{{DiscordApplicationId}}}","type":2,"token":"tok-{{{Guid.NewGuid():N}}}","guild_id":"42","member":{"user":{"id":"{{{user}}}"},"permissions":"0","roles":[]},"data":{"id":"9","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"{{{question}}}"}]}}""";

    public static string DiscordClick(string customId, string user) =>
        $$$"""{"id":"{{{NextId()}}}","application_id":"{{{DiscordApplicationId}}}","type":3,"token":"tok-{{{Guid.NewGuid():N}}}","guild_id":"42","member":{"user":{"id":"{{{user}}}"},"permissions":"0","roles":[]},"data":{"custom_id":"{{{customId}}}","component_type":2}}""";

    /// <summary>A slash command: <paramref name="options"/> is the JSON array of options, <paramref name="resolved"/> the data.resolved object.</summary>
    public static string DiscordCommand(string name, string options, string user, string permissions = "0", string? resolved = null)
    {
        var resolvedPart = resolved is null ? "" : $"\"resolved\":{resolved},";
        return $$$"""{"id":"{{{NextId()}}}","application_id":"{{{DiscordApplicationId}}}","type":2,"token":"tok-{{{Guid.NewGuid():N}}}","guild_id":"42","member":{"user":{"id":"{{{user}}}"},"permissions":"{{{permissions}}}","roles":[]},"data":{"id":"9","name":"{{{name}}}","type":1,{{{resolvedPart}}}"options":{{{options}}}}}""";
    }

    public static HttpRequestMessage Discord(string body)
    {
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = SignatureAlgorithm.Ed25519.Sign(DiscordKey, Encoding.UTF8.GetBytes(ts + body));
        var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Signature-Ed25519", Convert.ToHexStringLower(signature));
        request.Headers.Add("X-Signature-Timestamp", ts);
        return request;
    }

    /// <summary>Any bytes, signed as Discord signs an interaction (the property tests send broken bodies correctly signed).</summary>
    public static HttpRequestMessage Discord(byte[] body)
    {
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = SignatureAlgorithm.Ed25519.Sign(DiscordKey, [.. Encoding.UTF8.GetBytes(ts), .. body]);
        var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Signature-Ed25519", Convert.ToHexStringLower(signature));
        request.Headers.Add("X-Signature-Timestamp", ts);
        return request;
    }

    /// <summary>Any bytes to a Slack endpoint, signed with <see cref="SlackSecret"/> as Slack signs them.</summary>
    public static HttpRequestMessage Slack(string path, byte[] body, string contentType)
    {
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(SlackSecret), (byte[])[.. Encoding.UTF8.GetBytes($"v0:{ts}:"), .. body]);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", ts);
        request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(mac));
        return request;
    }

    public static string FreshId() => NextId();

    public static HttpRequestMessage SlackCommand(string text, string user, string responseUrl = "http://127.0.0.1:9/hooks")
    {
        var body = string.Join('&', new Dictionary<string, string>
        {
            ["command"] = "/peacebot", ["text"] = text, ["user_id"] = user, ["user_name"] = "someone", ["team_id"] = "T1", ["channel_id"] = "C1",
            ["response_url"] = responseUrl, ["trigger_id"] = $"1.2.{NextId()}",
        }.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(SlackSecret), Encoding.UTF8.GetBytes($"v0:{ts}:{body}"));
        var request = new HttpRequestMessage(HttpMethod.Post, "/slack/commands") { Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded") };
        request.Headers.Add("X-Slack-Request-Timestamp", ts);
        request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(mac));
        return request;
    }
}
