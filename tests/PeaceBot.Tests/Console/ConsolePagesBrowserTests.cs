using System.Net;
using OpenQA.Selenium;
using PeaceBot.Tests.Hosting;

namespace PeaceBot.Tests.Console;

/// <summary>The timeline, Try it and reload pages in a real headless browser, and forms refused without the session's CSRF token.</summary>
[Collection("browser")]
public sealed class ConsolePagesBrowserTests
{
    private static Dictionary<string, string> Files => new(ConsoleBrowserTests.Files)
    {
        ["envoy.md"] = BotServer.Article("Envoy urges patience",
            "On 4 June 2025 the envoy spoke to reporters.\n\n\"We will keep talking until the guns fall silent,\" said Arno Keller, the Swiss envoy.\n"),
    };

    // No watcher-driven reload during a test: only the button reloads.
    private static Task<BotServer> StartAsync() =>
        BotServer.StartAsync(Files, (Action<WebApplicationBuilder>?)null, "--Knowledge:DebounceMilliseconds", "60000", "--Knowledge:RescanSeconds", "3600");

    [Fact]
    public async Task The_timeline_charts_events_per_month_and_a_month_lists_its_events()
    {
        await using var server = await StartAsync();
        using var browser = new ConsoleBrowser(360, 800);
        var site = server.Client.BaseAddress!;
        browser.LogIn(site, BotServer.ApiKey);

        browser.Go(site, "/console/timeline");
        var rows = browser.Driver.FindElements(By.CssSelector("#chart tbody tr")).Select(r => r.Text).ToList();
        Assert.Equal(["March 2025 1", "June 2025 1"], rows);
        Assert.Empty(browser.Driver.FindElements(By.CssSelector("#events")));

        var june = browser.Driver.FindElement(By.LinkText("June 2025"));
        june.SendKeys(Keys.Enter); // by keyboard
        await server.WaitUntilAsync(() => Task.FromResult(browser.Driver.FindElements(By.CssSelector("#events")).Count > 0));
        Assert.EndsWith("/console/timeline?month=2025-06", browser.Driver.Url);
        Assert.Equal("June 2025", browser.Text("#month"));
        var events = browser.Driver.FindElements(By.CssSelector("#events li")).Select(e => e.Text).ToList();
        Assert.Contains("On 4 June 2025 the envoy spoke to reporters.", Assert.Single(events));
        Assert.Contains("Envoy urges patience (envoy.md)", events[0]);
        Assert.Equal("true", browser.Driver.FindElement(By.LinkText("June 2025")).GetAttribute("aria-current"));

        browser.Go(site, "/console/timeline?month=1999-01");
        Assert.Empty(browser.Driver.FindElements(By.CssSelector("#events")));
    }

    [Fact]
    public async Task Try_it_shows_the_answer_as_Discord_and_as_Slack_render_it()
    {
        await using var server = await StartAsync();
        using var browser = new ConsoleBrowser();
        var site = server.Client.BaseAddress!;
        browser.LogIn(site, BotServer.ApiKey);

        browser.Go(site, "/console/try");
        var box = browser.Driver.FindElement(By.Id("command"));
        box.SendKeys("/who said keep talking until the guns fall silent");
        box.SendKeys(Keys.Enter);
        await server.WaitUntilAsync(() => Task.FromResult(browser.Driver.FindElements(By.CssSelector(".render.slack")).Count > 0));

        Assert.Contains("command=%2Fwho+said", browser.Driver.Url);
        Assert.Equal(["Discord", "Slack"], browser.Driver.FindElements(By.CssSelector("main h2")).Select(h => h.Text));
        var discord = browser.Driver.FindElement(By.CssSelector(".render.discord"));
        Assert.StartsWith("Arno Keller said", discord.FindElement(By.CssSelector(".render strong")).Text);
        Assert.Equal("We will keep talking until the guns fall silent,", discord.FindElement(By.CssSelector("blockquote")).Text.Trim('“', '”', '"'));

        var slack = browser.Driver.FindElement(By.CssSelector(".render.slack"));
        Assert.Contains("We will keep talking until the guns fall silent", slack.FindElement(By.CssSelector(".section blockquote")).Text);
        var context = slack.FindElement(By.CssSelector(".context"));
        Assert.Equal("Arno Keller", context.FindElement(By.CssSelector("strong")).Text);
        Assert.Contains("Envoy urges patience", context.Text);
        // The raw payloads are the adapters' own: the Slack one is Block Kit with escaped, verbatim mrkdwn.
        slack.FindElement(By.CssSelector("summary")).Click();
        var json = slack.FindElement(By.CssSelector("pre")).Text;
        Assert.Contains("\"type\": \"context\"", json);
        Assert.Contains("\"verbatim\": true", json);

        // Markup typed into the box is shown as text on both renderings, never run.
        browser.Go(site, "/console/try?command=" + Uri.EscapeDataString("/ask <b id=\"x\">ferry</b>"));
        Assert.Empty(browser.Driver.FindElements(By.CssSelector("#x")));
        Assert.Equal(2, browser.Driver.FindElements(By.CssSelector(".render.discord, .render.slack")).Count);
    }

    [Fact]
    public async Task The_reload_button_reloads_and_says_what_changed()
    {
        await using var server = await StartAsync();
        using var browser = new ConsoleBrowser();
        var site = server.Client.BaseAddress!;
        browser.LogIn(site, BotServer.ApiKey);
        Assert.DoesNotContain("later.md", browser.Text("#files"));

        await File.WriteAllTextAsync(Path.Combine(server.Folder, "later.md"), BotServer.Article("Later news", "The bridge reopened to lorries after the repairs."));
        browser.Driver.FindElement(By.Id("reload")).SendKeys(Keys.Enter);
        // The form posts and redirects; under load the click returns before the next page is there.
        await server.WaitUntilAsync(() => Task.FromResult(browser.Driver.FindElements(By.CssSelector("[role=status]")).Count > 0));

        Assert.EndsWith("/console", new Uri(browser.Driver.Url).AbsolutePath);
        Assert.StartsWith("Reloaded: 1 added, 0 changed, 0 removed, ", browser.Text("[role=status]"));
        Assert.Contains("later.md", browser.Text("#files"));
    }

    /// <summary>The page's text, or "" while the browser is between pages.</summary>
    private static string Body(ConsoleBrowser browser)
    {
        try
        {
            return browser.Text("body");
        }
        catch (WebDriverException)
        {
            return "";
        }
    }

    [Theory]
    [InlineData("wrong")]
    [InlineData(null)]
    public async Task A_form_posted_without_the_sessions_csrf_token_is_refused(string? token)
    {
        await using var server = await StartAsync();
        using var browser = new ConsoleBrowser();
        var site = server.Client.BaseAddress!;
        browser.LogIn(site, BotServer.ApiKey);
        await File.WriteAllTextAsync(Path.Combine(server.Folder, "later.md"), BotServer.Article("Later news", "The bridge reopened to lorries after the repairs."));

        var js = (IJavaScriptExecutor)browser.Driver;
        js.ExecuteScript(token is null
            ? "document.querySelectorAll('input[name=csrf]').forEach(i => i.remove());"
            : "document.querySelectorAll('input[name=csrf]').forEach(i => i.value = arguments[0]);", token);
        browser.Driver.FindElement(By.Id("reload")).Click();

        await server.WaitUntilAsync(() => Task.FromResult(Body(browser).StartsWith("Forbidden", StringComparison.Ordinal)));
        browser.Go(site, "/console");
        Assert.DoesNotContain("later.md", browser.Text("#files")); // nothing was reloaded
        // Logging out is a form too: refused the same way, and the session stays.
        js.ExecuteScript("document.querySelectorAll('input[name=csrf]').forEach(i => i.value = 'x');");
        browser.Driver.FindElement(By.CssSelector("form[action='/console/logout'] button")).Click();
        await server.WaitUntilAsync(() => Task.FromResult(Body(browser).StartsWith("Forbidden", StringComparison.Ordinal)));
        browser.Go(site, "/console");
        Assert.EndsWith("/console", new Uri(browser.Driver.Url).AbsolutePath);

        // A cross-site post carries no session cookie (SameSite=Strict); even with the cookie a bare post is refused.
        using var anon = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = site };
        var post = new HttpRequestMessage(HttpMethod.Post, "/console/reload") { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["csrf"] = "guess" }) };
        post.Headers.Add("Cookie", $"{browser.Driver.Manage().Cookies.AllCookies.Single().Name}={browser.Driver.Manage().Cookies.AllCookies.Single().Value}");
        Assert.Equal(HttpStatusCode.Forbidden, (await anon.SendAsync(post)).StatusCode);
    }
}
