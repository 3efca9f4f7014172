using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;

namespace PeaceBot.Tests.Hosting;

/// <summary>What someone running the bot sees: per-answer log events without secrets, gauges that follow every reload.</summary>
public sealed class OperatorViewTests
{
    [Fact]
    public async Task Each_answer_is_one_structured_log_event_and_secrets_never_reach_the_logs()
    {
        var logs = new CapturedLogs();
        const string slackSecret = "slack-signing-secret-do-not-log-8f3a";
        const string discordToken = "discord-bot-token-do-not-log-77c1";
        const string slackToken = "xoxb-slack-bot-token-do-not-log-4e2d";
        var discordKey = string.Concat(Enumerable.Repeat("ab12", 16));
        await using var server = await BotServer.StartAsync(null, b => b.Logging.AddProvider(logs),
            
            "--Slack:SigningSecret", slackSecret, "--Slack:BotToken", slackToken, "--Slack:ApiBaseUrl", "http://127.0.0.1:9/", "--Discord:PublicKey", discordKey, "--Discord:ApplicationId", "123456789012345678", "--Discord:BotToken", discordToken);

        await server.AskAsync("/ask ferry strait");
        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/ask") { Content = new StringContent("{\"command\":\"/help\"}", Encoding.UTF8) };
        using var bare = new HttpClient { BaseAddress = server.Client.BaseAddress };
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotServer.ApiKey + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, (await bare.SendAsync(wrong)).StatusCode);

        var answered = Assert.Single(logs.Lines, l => l.Contains("Answered api ask"));
        Assert.Contains("FrontEnd=api", answered);
        Assert.Contains("Command=ask", answered);
        Assert.Contains("Results=1", answered);
        Assert.Contains("Ms=", answered);
        Assert.DoesNotContain("ferry strait", answered);
        Assert.Contains(logs.Lines, l => l.Contains("Knowledge reloaded after start-up"));
        Assert.Contains(logs.Lines, l => l.Contains("Discord: enabled", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(logs.Lines, l => l.Contains("Slack: enabled", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(logs.Lines, l => new[] { BotServer.ApiKey, slackSecret, slackToken, discordToken }.Any(l.Contains));
    }

    [Fact]
    public async Task Gauges_follow_a_moderators_reload_not_only_the_watchers()
    {
        // The watcher waits a minute after a change and never rescans, so only /reload can pick the new file up in time.
        await using var server = await BotServer.StartAsync(null, "--Knowledge:DebounceMilliseconds", "60000", "--Knowledge:RescanSeconds", "0");
        Assert.Equal(1, await server.MetricAsync("peacebot_knowledge_files"));
        var reloads = await server.MetricAsync("peacebot_reloads_total");

        await File.WriteAllTextAsync(Path.Combine(server.Folder, "harbour.md"), BotServer.Article("Harbour", "The harbour master reopened the grain berth."));
        await File.WriteAllTextAsync(Path.Combine(server.Folder, "broken.md"), "---\ntitle: [unclosed\n---\n");
        var report = await server.AskAsync("/reload");

        Assert.Equal("reload", report.GetProperty("command").GetString());
        Assert.Equal(2, await server.MetricAsync("peacebot_knowledge_files"));
        Assert.True(await server.MetricAsync("peacebot_knowledge_passages") >= 2);
        Assert.True(await server.MetricAsync("peacebot_knowledge_problems") >= 1);
        Assert.Equal(reloads + 1, await server.MetricAsync("peacebot_reloads_total"));
        Assert.Equal(0, await server.MetricAsync("peacebot_reload_failures_total"));
    }

    [Fact]
    public async Task Two_hosts_in_one_process_keep_their_own_metrics()
    {
        await using var one = await BotServer.StartAsync();
        await using var two = await BotServer.StartAsync(new Dictionary<string, string>
        {
            ["a.md"] = BotServer.Article("A", "Alpha text about the ferry."),
            ["b.md"] = BotServer.Article("B", "Beta text about the strait."),
        });
        Assert.Equal(1, await one.MetricAsync("peacebot_knowledge_files"));
        Assert.Equal(2, await two.MetricAsync("peacebot_knowledge_files"));
    }
}
