using System.Net;
using System.Text.Json.Nodes;
using OpenQA.Selenium;
using PeaceBot.Tests.Hosting;

namespace PeaceBot.Tests.Console;

/// <summary>The console in a real headless browser, against the real served bot on loopback.</summary>
[Collection("browser")]
public sealed class ConsoleBrowserTests
{
    public static Dictionary<string, string> Files => new()
    {
        ["ferry.md"] = BotServer.Article("Ferry news", "The ferry resumed service across the strait after the storm in March 2025."),
        ["broken.md"] = "---\ntitle: [unclosed\n---\nA page whose header cannot be read.\n",
    };

    public static Task<BotServer> StartAsync() =>
        BotServer.StartAsync(Files, (Action<WebApplicationBuilder>?)null, "--Slack:SigningSecret", SignedRequests.SlackSecret, "--Slack:BotToken", "xoxb-console-test",
            "--Discord:PublicKey", SignedRequests.DiscordPublicKey, "--Discord:ApplicationId", SignedRequests.DiscordApplicationId);

    [Fact]
    public async Task Log_in_find_a_problem_and_see_an_unanswered_slack_question_appear()
    {
        await using var server = await StartAsync();
        using var browser = new ConsoleBrowser(360, 800);
        var site = server.Client.BaseAddress!;

        browser.LogIn(site, BotServer.ApiKey);
        Assert.EndsWith("/console", browser.Driver.Url);
        var problems = browser.Driver.FindElements(By.CssSelector("li.problem")).Select(e => e.Text).ToList();
        Assert.Contains(problems, p => p.StartsWith("broken.md:", StringComparison.Ordinal));
        Assert.Contains("ferry.md", browser.Text("#files"));

        browser.Go(site, "/console/questions");
        Assert.DoesNotContain("zeppelin", browser.Text("main"));
        using var anon = new HttpClient { BaseAddress = site };
        var reply = await anon.SendAsync(SignedRequests.SlackCommand("ask where did the zeppelin land", "U0CONSOLE1"));
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        await server.WaitUntilAsync(() =>
        {
            browser.Driver.Navigate().Refresh();
            return Task.FromResult(browser.Driver.FindElements(By.CssSelector("#unanswered-table")).Count > 0);
        });
        var row = browser.Text("#unanswered-table tbody tr");
        Assert.Contains("zeppelin", row);
        Assert.DoesNotContain("U0CONSOLE1", browser.Driver.PageSource);

        if (Environment.GetEnvironmentVariable("PEACEBOT_CONSOLE_SCREENSHOT") is { Length: > 0 } shot)
        {
            using var wide = new ConsoleBrowser(1100, 900);
            wide.LogIn(site, BotServer.ApiKey);
            wide.Go(site, "/console/questions");
            wide.Screenshot(shot);
        }
    }

    [Fact]
    public async Task A_signed_discord_vote_changes_the_count_on_the_questions_page()
    {
        await using var server = await StartAsync();
        using var browser = new ConsoleBrowser();
        var site = server.Client.BaseAddress!;
        using var anon = new HttpClient { BaseAddress = site };

        var asked = JsonNode.Parse(await (await anon.SendAsync(SignedRequests.Discord(SignedRequests.DiscordAsk("ferry strait", "u1")))).Content.ReadAsStringAsync())!;
        var buttons = asked["data"]!["components"]![0]!["components"]!.AsArray();
        var down = buttons.Select(b => (string)b!["custom_id"]!).Single(id => id.StartsWith("fb:down:", StringComparison.Ordinal));

        browser.LogIn(site, BotServer.ApiKey);
        browser.Go(site, "/console/questions");
        Assert.Empty(browser.Driver.FindElements(By.CssSelector("#votes-table")));

        async Task VoteAsync(string user)
        {
            var ack = JsonNode.Parse(await (await anon.SendAsync(SignedRequests.Discord(SignedRequests.DiscordClick(down, user)))).Content.ReadAsStringAsync())!;
            Assert.Equal(7, (int)ack["type"]!);
            Assert.True((bool)ack["data"]!["components"]![0]!["components"]![0]!["disabled"]!);
        }
        string Downs()
        {
            browser.Driver.Navigate().Refresh();
            return browser.Driver.FindElements(By.CssSelector("#votes-table td.down")).Select(e => e.Text).FirstOrDefault() ?? "";
        }

        await VoteAsync("u1");
        await server.WaitUntilAsync(() => Task.FromResult(Downs() == "1"));
        await VoteAsync("u2");
        await server.WaitUntilAsync(() => Task.FromResult(Downs() == "2"));
        await VoteAsync("u2"); // the same person again: still one vote each
        await Task.Delay(300);
        Assert.Equal("2", Downs());
        Assert.Contains("ferry", browser.Text("#votes-table"));
    }

    [Fact]
    public async Task Nothing_is_reachable_without_the_key()
    {
        await using var server = await StartAsync();
        using var browser = new ConsoleBrowser();
        var site = server.Client.BaseAddress!;

        foreach (var page in new[] { "/console", "/console/questions", "/console/timeline", "/console/try?command=%2Fhelp" })
        {
            browser.Go(site, page);
            Assert.EndsWith("/console/login", browser.Driver.Url);
            Assert.Empty(browser.Driver.FindElements(By.CssSelector("nav")));
        }
        browser.LogIn(site, "wrong-key-0123456789");
        Assert.Equal("That is not the API key.", browser.Text("#error"));
        Assert.EndsWith("/console/login", browser.Driver.Url);

        using var anon = new HttpClient { BaseAddress = site };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.GetAsync("/console/api/knowledge")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.GetAsync("/console/api/questions?unanswered=true")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.GetAsync("/console/api/feedback")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/console/api/feedback")).StatusCode);
    }
}
