using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Microsoft.Extensions.Logging;
using PeaceBot.Tests.Console;

namespace PeaceBot.Tests.Hosting;

/// <summary>
/// Random and mutated JSON thrown at /api/ask and at the Discord and Slack endpoints, correctly signed so it gets past
/// the signature check into the parsers: never a 5xx, never an unhandled exception, and the bot answers normally after.
/// Full size (3,000 per endpoint) with PEACEBOT_FULL_SUITES=1.
/// </summary>
public sealed class HostileBodyPropertyTests
{
    private static long Iterations => Environment.GetEnvironmentVariable("PEACEBOT_FULL_SUITES") == "1" ? 3_000 : 150;

    private enum Target { Api, DiscordAsk, DiscordClick, DiscordAutocomplete, SlackCommand, SlackEvent, SlackInteraction, RandomEverywhere }

    [Fact]
    public async Task No_body_gets_a_5xx_or_an_unhandled_exception()
    {
        var logs = new CapturedLogs();
        await using var server = await BotServer.StartAsync(null, b => b.Logging.AddProvider(logs),
            "--Api:AllowAnonymous", "true",
            "--Discord:PublicKey", SignedRequests.DiscordPublicKey, "--Discord:ApplicationId", SignedRequests.DiscordApplicationId,
            "--Discord:ApiBaseUrl", "http://127.0.0.1:9/",
            "--Slack:SigningSecret", SignedRequests.SlackSecret, "--Slack:BotToken", "xoxb-test-bot-token-for-property-tests",
            "--Slack:ApiBaseUrl", "http://127.0.0.1:9/");
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var sent = 0;

        await Gen.Select(Gen.Enum<Target>(), HostileBodies.Damage, Gen.Int[0, 3]).SampleAsync(async c =>
        {
            var (target, damage, endpoint) = c;
            using var request = Request(target, damage, endpoint);
            var shown = request.Content is null ? "" : await request.Content.ReadAsStringAsync();
            var response = await server.Client.SendAsync(request);
            Interlocked.Increment(ref sent);
            if ((int)response.StatusCode >= 500)
                failures.Enqueue($"{(int)response.StatusCode} {request.RequestUri} {target} {damage.Kind}: {shown[..Math.Min(300, shown.Length)]}");
        }, iter: Iterations * 8, threads: 2);

        Assert.True(sent >= Iterations * 8);
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(12)));
        Assert.DoesNotContain(logs.Lines, l => l.StartsWith("Error Microsoft.AspNetCore", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("Answering a ", StringComparison.Ordinal) && l.Contains(" failed", StringComparison.Ordinal));
        Assert.Equal("ok", await server.Client.GetStringAsync("/healthz"));
        Assert.Contains("ferry resumed", (await server.AskAsync("/ask ferry strait")).GetProperty("results")[0].GetProperty("text").GetString());
    }

    private static HttpRequestMessage Request(Target target, (int Kind, int At, JsonNode? With) damage, int endpoint)
    {
        switch (target)
        {
            case Target.Api:
                return Api(HostileBodies.Mutate(new JsonObject { ["command"] = "/ask ferry strait", ["page"] = 1, ["page_size"] = 5 }, damage));
            case Target.DiscordAsk:
                return SignedRequests.Discord(HostileBodies.Mutate(JsonNode.Parse(SignedRequests.DiscordAsk("ferry strait", "u1"))!, damage));
            case Target.DiscordClick:
                return SignedRequests.Discord(HostileBodies.Mutate(JsonNode.Parse(SignedRequests.DiscordClick("next:abc", "u1"))!, damage));
            case Target.DiscordAutocomplete:
                var auto = JsonNode.Parse(SignedRequests.DiscordAsk("fer", "u1"))!;
                auto["type"] = 4;
                auto["data"]!["options"]![0]!["focused"] = true;
                return SignedRequests.Discord(HostileBodies.Mutate(auto, damage));
            case Target.SlackCommand:
                var fields = new JsonObject
                {
                    ["command"] = "/peacebot", ["text"] = "who said peace", ["user_id"] = "U1", ["team_id"] = "T1", ["channel_id"] = "C1",
                    ["response_url"] = "http://127.0.0.1:9/hooks", ["trigger_id"] = $"1.2.{SignedRequests.FreshId()}",
                };
                if (damage.Kind == 1) fields[Pick(fields, damage.At)] = damage.With?.DeepClone();
                if (damage.Kind == 2) fields.Remove(Pick(fields, damage.At));
                var form = string.Join('&', fields.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : p.Value?.ToJsonString() ?? "")}"));
                return SignedRequests.Slack("/slack/commands", HostileBodies.Damaged(Encoding.UTF8.GetBytes(form), damage), "application/x-www-form-urlencoded");
            case Target.SlackEvent:
                var ev = new JsonObject
                {
                    ["type"] = "event_callback", ["team_id"] = "T1", ["api_app_id"] = "A1", ["event_id"] = $"Ev{SignedRequests.FreshId()}", ["event_time"] = 1700000000,
                    ["event"] = new JsonObject { ["type"] = "app_mention", ["user"] = "U2", ["text"] = "<@UBOT> who said peace", ["ts"] = "1700000000.000100", ["channel"] = "C1" },
                };
                return SignedRequests.Slack("/slack/events", HostileBodies.Mutate(endpoint == 0 ? new JsonObject { ["type"] = "url_verification", ["challenge"] = "c", ["token"] = "t" } : ev, damage), "application/json");
            case Target.SlackInteraction:
                var payload = new JsonObject
                {
                    ["type"] = "block_actions", ["user"] = new JsonObject { ["id"] = "U2" }, ["response_url"] = "http://127.0.0.1:9/hooks",
                    ["trigger_id"] = $"1.2.{SignedRequests.FreshId()}", ["actions"] = new JsonArray(new JsonObject { ["action_id"] = "more", ["block_id"] = "b", ["value"] = "next:abc" }),
                };
                var mutated = Encoding.UTF8.GetString(HostileBodies.Mutate(payload, damage with { Kind = damage.Kind is 1 or 2 ? damage.Kind : 0 }));
                var body = HostileBodies.Damaged(Encoding.UTF8.GetBytes("payload=" + Uri.EscapeDataString(mutated)), damage);
                return SignedRequests.Slack("/slack/interactions", body, "application/x-www-form-urlencoded");
            default:
                // Random JSON at every endpoint.
                var random = Encoding.UTF8.GetBytes(damage.With?.ToJsonString() ?? "null");
                return endpoint switch
                {
                    0 => Api(random),
                    1 => SignedRequests.Discord(random),
                    2 => SignedRequests.Slack("/slack/events", random, "application/json"),
                    _ => SignedRequests.Slack("/slack/interactions", Encoding.UTF8.GetBytes("payload=" + Uri.EscapeDataString(Encoding.UTF8.GetString(random))), "application/x-www-form-urlencoded"),
                };
        }
    }

    private static string Pick(JsonObject o, int at) => o.ElementAt(at % o.Count).Key;

    private static HttpRequestMessage Api(byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/ask") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        return request;
    }
}
