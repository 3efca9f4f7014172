using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PeaceBot.Tests.Console;
using PeaceBot.Tests.Hosting;

namespace PeaceBot.Tests.Storage;

/// <summary>Slack 👍/👎 through the served bot: stored by the host's feedback recorder like Discord's, never with who voted.</summary>
public sealed class SlackFeedbackTests
{
    private static HttpRequestMessage SignedInteraction(JsonObject payload)
    {
        var body = "payload=" + Uri.EscapeDataString(payload.ToJsonString());
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(SignedRequests.SlackSecret), Encoding.UTF8.GetBytes($"v0:{ts}:{body}"));
        var request = new HttpRequestMessage(HttpMethod.Post, "/slack/interactions") { Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded") };
        request.Headers.Add("X-Slack-Request-Timestamp", ts);
        request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(mac));
        return request;
    }

    [Fact]
    public async Task A_slack_vote_is_recorded_with_its_question_and_the_message_keeps_its_answer()
    {
        await using var site = await ChatPlatformSite.StartAsync(new Dictionary<string, string>(), new Dictionary<string, string>());
        await using var server = await BotServer.StartAsync(BotServer.DefaultFiles, (Action<WebApplicationBuilder>?)null,
            "--Slack:SigningSecret", SignedRequests.SlackSecret, "--Slack:BotToken", "xoxb-feedback-test");
        using var anon = new HttpClient { BaseAddress = server.Client.BaseAddress };

        var answer = JsonNode.Parse(await (await anon.SendAsync(SignedRequests.SlackCommand("ask ferry strait public", "U0VOTER1", site.SlackHook("ask")))).Content.ReadAsStringAsync())!;
        var actions = answer["blocks"]!.AsArray().Single(b => (string)b!["type"]! == "actions")!["elements"]!.AsArray();
        var down = actions.Single(e => (string)e!["action_id"]! == "peacebot_vote_down")!;
        var message = new JsonObject { ["type"] = "message", ["ts"] = "1700000000.000200", ["text"] = answer["text"]!.DeepClone(), ["blocks"] = answer["blocks"]!.DeepClone() };
        var payload = new JsonObject
        {
            ["type"] = "block_actions", ["user"] = new JsonObject { ["id"] = "U0VOTER1" }, ["response_url"] = site.SlackHook("vote"),
            ["trigger_id"] = $"7.8.{Guid.NewGuid():N}", ["message"] = message,
            ["actions"] = new JsonArray(new JsonObject { ["action_id"] = "peacebot_vote_down", ["block_id"] = "b", ["value"] = (string)down["value"]! }),
        };

        Assert.Equal(HttpStatusCode.OK, (await anon.SendAsync(SignedInteraction(payload))).StatusCode);

        var edit = JsonNode.Parse((await site.WaitForAsync(c => c.Path == "/hooks/vote")).Body)!;
        Assert.Contains("The ferry resumed service", edit.ToJsonString());
        Assert.Contains("the moderators will see this answer needs better knowledge", edit.ToJsonString());
        JsonElement feedback = default;
        await server.WaitUntilAsync(async () =>
        {
            feedback = JsonDocument.Parse(await server.Client.GetStringAsync("/console/api/feedback")).RootElement;
            return feedback.GetProperty("votes").GetArrayLength() == 1;
        });
        var vote = feedback.GetProperty("votes")[0];
        Assert.False(vote.GetProperty("helpful").GetBoolean());
        Assert.Equal("slack", vote.GetProperty("front_end").GetString());
        Assert.Equal("/ask ferry strait", vote.GetProperty("question").GetProperty("command").GetString());
        Assert.Equal(["ferry.md"], vote.GetProperty("question").GetProperty("cited_files").EnumerateArray().Select(f => f.GetString()));
        Assert.DoesNotContain("U0VOTER1", feedback.GetRawText());
    }
}
