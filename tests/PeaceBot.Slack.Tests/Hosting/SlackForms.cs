using System.Text.Json.Nodes;

namespace PeaceBot.Slack.Tests.Hosting;

/// <summary>Bodies shaped like Slack's.</summary>
public static class SlackForms
{
    /// <summary>Each request Slack sends has its own trigger id (a repeated one is a replay).</summary>
    public static string NewTrigger() => $"{Random.Shared.NextInt64(1, long.MaxValue)}.47445629121.{Guid.NewGuid():N}";

    public static string SlashCommand(string command, string text, string responseUrl, string user = "U2CERLKJA") =>
        new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = "xyzz0WbapA4vBCDEFasx0q6G", ["team_id"] = "T1DC2JH3J", ["channel_id"] = "C1", ["channel_name"] = "general",
            ["user_id"] = user, ["user_name"] = "roadrunner", ["command"] = command, ["text"] = text,
            ["response_url"] = responseUrl, ["trigger_id"] = NewTrigger(), ["api_app_id"] = "A1",
        }).ReadAsStringAsync().Result;

    public static string AppMention(string eventId, string text, string user = "U2", string? threadTs = null, string? botId = null)
    {
        var ev = new JsonObject { ["type"] = "app_mention", ["user"] = user, ["text"] = text, ["ts"] = "1700000000.000100", ["channel"] = "C1" };
        if (threadTs is not null) ev["thread_ts"] = threadTs;
        if (botId is not null) ev["bot_id"] = botId;
        return new JsonObject
        {
            ["type"] = "event_callback", ["team_id"] = "T1", ["api_app_id"] = "A1", ["event"] = ev, ["event_id"] = eventId, ["event_time"] = 1700000000,
            ["authorizations"] = new JsonArray(new JsonObject { ["user_id"] = "UBOT", ["is_bot"] = true }),
        }.ToJsonString();
    }

    public static string BlockAction(string actionId, string value, string responseUrl, string user = "U2", JsonObject? message = null)
    {
        var payload = new JsonObject
        {
            ["type"] = "block_actions", ["user"] = new JsonObject { ["id"] = user }, ["response_url"] = responseUrl, ["trigger_id"] = NewTrigger(),
            ["actions"] = new JsonArray(new JsonObject { ["action_id"] = actionId, ["block_id"] = "b", ["value"] = value }),
        };
        if (message is not null) payload["message"] = message;
        return new FormUrlEncodedContent(new Dictionary<string, string> { ["payload"] = payload.ToJsonString() }).ReadAsStringAsync().Result;
    }
}
