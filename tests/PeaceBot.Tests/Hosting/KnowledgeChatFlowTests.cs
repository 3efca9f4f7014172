using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PeaceBot.Tests.Console;

namespace PeaceBot.Tests.Hosting;

/// <summary>
/// /knowledge add|list|remove end to end through correctly signed Discord and Slack requests to the real served bot:
/// the article comes from a local web server (or a Discord upload), the file appears, the knowledge reloads, and the
/// next question's answer cites it; removing it takes it away again.
/// </summary>
public sealed partial class KnowledgeChatFlowTests
{
    private const string ModeratorPermissions = "32"; // Manage Server
    private const string SlackModerator = "UMODERATOR1";

    private static readonly Dictionary<string, string> Pages = new()
    {
        ["grain-corridor"] = """
            <html><head><title>Negotiators agree to reopen the river grain corridor</title><meta property="og:site_name" content="Harbour Ledger">
            <meta property="article:published_time" content="2025-10-14T09:30:00Z"></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Negotiators agree to reopen the river grain corridor</h1>
            <p>Negotiators meeting in a lakeside hotel agreed on Tuesday to reopen the river corridor for grain barges, two delegations said.</p>
            <p>"Every barge that sails this month keeps a bakery open somewhere far away," said Tomas Vidmar, the Slovenian mediator.</p>
            <p>Inspectors from both sides will check the first convoy together before the route opens to regular traffic.</p>
            </article><aside class="related">Read more: other stories you may like</aside></body></html>
            """,
    };

    private static readonly Dictionary<string, string> Uploads = new()
    {
        ["orchard-talks.html"] = """
            <html><head><title>Envoys open talks on returning orchard land</title><meta property="og:site_name" content="Valley Courier">
            <meta property="article:published_time" content="2025-09-02T07:00:00Z"></head><body><article>
            <h1>Envoys open talks on returning orchard land</h1>
            <p>Envoys began talks on Monday about returning orchard land near the old border to the families who farmed it.</p>
            <p>"The trees do not care which flag flies over them, but the families do," said Ilse Marquardt, the Austrian envoy.</p>
            <p>The talks are expected to last a week, and a second round is planned for the spring planting season.</p>
            </article></body></html>
            """,
    };

    private static async Task<(ChatPlatformSite Site, BotServer Bot)> StartAsync()
    {
        var site = await ChatPlatformSite.StartAsync(Pages, Uploads);
        var bot = await BotServer.StartAsync(BotServer.DefaultFiles, (Action<WebApplicationBuilder>?)null,
            "--Import:AllowPrivateNetworks", "true",
            "--Discord:PublicKey", SignedRequests.DiscordPublicKey, "--Discord:ApplicationId", SignedRequests.DiscordApplicationId,
            "--Discord:BotToken", "discord-flow-token", "--Discord:ApiBaseUrl", site.DiscordApi, "--Discord:AnswerBudgetMilliseconds", "300",
            "--Slack:SigningSecret", SignedRequests.SlackSecret, "--Slack:BotToken", "xoxb-flow-test", "--Slack:ModeratorUserIds:0", SlackModerator);
        return (site, bot);
    }

    /// <summary>What the Discord user finally sees: the immediate reply, or the edit a deferred one is delivered by.</summary>
    private static async Task<(JsonNode Data, bool Deferred)> DiscordAsync(BotServer bot, ChatPlatformSite site, string body)
    {
        using var anon = new HttpClient { BaseAddress = bot.Client.BaseAddress };
        var response = await anon.SendAsync(SignedRequests.Discord(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        if ((int)reply["type"]! == 4) return (reply["data"]!, false);
        Assert.Equal(5, (int)reply["type"]!);
        Assert.Equal(64, (int)reply["data"]!["flags"]!); // deferred privately: only the moderator sees "thinking…"
        var token = (string)JsonNode.Parse(body)!["token"]!;
        var edit = await site.WaitForAsync(c => c.Method == "PATCH" && c.Path == $"/api/v10/webhooks/{SignedRequests.DiscordApplicationId}/{token}/messages/@original");
        return (JsonNode.Parse(edit.Body)!, true);
    }

    /// <summary>What the Slack user finally sees: the inline reply, or the message posted to response_url.</summary>
    private static async Task<JsonNode> SlackAsync(BotServer bot, ChatPlatformSite site, string text, string user)
    {
        using var anon = new HttpClient { BaseAddress = bot.Client.BaseAddress };
        var hook = Guid.NewGuid().ToString("N");
        var response = await anon.SendAsync(SignedRequests.SlackCommand(text, user, site.SlackHook(hook)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        if (body.Length > 0) return JsonNode.Parse(body)!;
        return JsonNode.Parse((await site.WaitForAsync(c => c.Path == $"/hooks/{hook}")).Body)!;
    }

    private static string Content(JsonNode data) => Unescape((string?)data["content"] ?? "");

    private static string Unescape(string discord) => DiscordEscape().Replace(discord, "$1");

    private static string WhoSaid(string quote) =>
        $$"""[{"name":"said","type":1,"options":[{"name":"quote","type":3,"value":"{{quote}}"}]}]""";

    private static string Knowledge(string sub, string options = "[]") => $$"""[{"name":"{{sub}}","type":1,"options":{{options}}}]""";

    [Fact]
    public async Task Discord_a_moderator_uploads_a_file_it_answers_at_once_and_is_removed_again()
    {
        var (site, bot) = await StartAsync();
        await using var _ = site;
        await using var __ = bot;
        // A large upload takes a while to fetch: the answer must be deferred within Discord's 3 s, not lost.
        site.UploadDelay = TimeSpan.FromSeconds(1);
        var resolved = $$$$"""{"attachments":{"4711":{"id":"4711","filename":"orchard-talks.html","size":900,"content_type":"text/html","url":"{{{{site.Root}}}}/attachments/1/4711/orchard-talks.html"}}}""";

        var member = await DiscordAsync(bot, site, SignedRequests.DiscordCommand("knowledge", Knowledge("add", """[{"name":"file","type":11,"value":"4711"}]"""), "member1", "0", resolved));
        Assert.Equal("Only moderators can use /knowledge.", Content(member.Data));
        Assert.False(Directory.Exists(Path.Combine(bot.Folder, "imported")) && Directory.EnumerateFiles(Path.Combine(bot.Folder, "imported")).Any());

        var added = await DiscordAsync(bot, site, SignedRequests.DiscordCommand("knowledge", Knowledge("add", """[{"name":"file","type":11,"value":"4711"}]"""), "mod1", ModeratorPermissions, resolved));

        Assert.True(added.Deferred);
        Assert.StartsWith("Imported envoys-open-talks-on-returning-orchard-land.md from orchard-talks.html; it answers now.\nTitle: Envoys open talks on returning orchard land\nDate: 2025-09-02 (from article:published_time)\nPassages: 3\n", Content(added.Data));
        Assert.Contains("Ilse Marquardt", Content(added.Data));
        var file = Path.Combine(bot.Folder, "imported", "envoys-open-talks-on-returning-orchard-land.md");
        Assert.True(File.Exists(file));
        // An upload's CDN address is not the article's: it is not recorded as the source link.
        Assert.DoesNotContain("/attachments/", File.ReadAllText(file));

        var who = await DiscordAsync(bot, site, SignedRequests.DiscordCommand("who", WhoSaid("the trees do not care which flag flies over them"), "member1"));
        var embed = who.Data["embeds"]![0]!;
        Assert.StartsWith("Ilse Marquardt said", Unescape((string)embed["title"]!));
        Assert.StartsWith("Envoys open talks on returning orchard land · Valley Courier", Unescape((string)embed["footer"]!["text"]!));

        var list = await DiscordAsync(bot, site, SignedRequests.DiscordCommand("knowledge", Knowledge("list"), "mod1", ModeratorPermissions));
        Assert.Equal("Imported files (1):\nenvoys-open-talks-on-returning-orchard-land.md — Envoys open talks on returning orchard land (2025-09-02)", Content(list.Data));

        var removed = await DiscordAsync(bot, site, SignedRequests.DiscordCommand("knowledge",
            Knowledge("remove", """[{"name":"file","type":3,"value":"envoys-open-talks-on-returning-orchard-land.md"}]"""), "mod1", ModeratorPermissions));
        Assert.Equal("Removed envoys-open-talks-on-returning-orchard-land.md; the bot no longer answers from it.", Content(removed.Data));
        Assert.False(File.Exists(file));
        var gone = await DiscordAsync(bot, site, SignedRequests.DiscordCommand("who", WhoSaid("the trees do not care which flag flies over them"), "member1"));
        Assert.DoesNotContain("Ilse Marquardt", gone.Data.ToJsonString());
    }

    [Fact]
    public async Task Discord_a_moderators_link_and_a_file_that_is_not_an_article_file()
    {
        var (site, bot) = await StartAsync();
        await using var _ = site;
        await using var __ = bot;

        var link = await DiscordAsync(bot, site, SignedRequests.DiscordCommand("knowledge",
            Knowledge("add", $$"""[{"name":"url","type":3,"value":"{{site.Root}}/news/grain-corridor"}]"""), "mod1", ModeratorPermissions));
        Assert.StartsWith("Imported negotiators-agree-to-reopen-the-river-grain-corridor.md; it answers now.", Content(link.Data));

        var pdf = $$$$"""{"attachments":{"12":{"id":"12","filename":"minutes.pdf","size":900,"url":"{{{{site.Root}}}}/attachments/1/12/minutes.pdf"}}}""";
        var refused = await DiscordAsync(bot, site, SignedRequests.DiscordCommand("knowledge", Knowledge("add", """[{"name":"file","type":11,"value":"12"}]"""), "mod1", ModeratorPermissions, pdf));
        Assert.Equal("Not imported: 'minutes.pdf' is not a .md, .txt or .html file", Content(refused.Data));

        var neither = await DiscordAsync(bot, site, SignedRequests.DiscordCommand("knowledge", Knowledge("add"), "mod1", ModeratorPermissions));
        Assert.StartsWith("Which link? Usage: /knowledge add <url>", Content(neither.Data));
    }

    [Fact]
    public async Task Slack_a_moderators_link_is_imported_answers_at_once_and_is_removed_again()
    {
        var (site, bot) = await StartAsync();
        await using var _ = site;
        await using var __ = bot;
        var url = site.Root + "/news/grain-corridor";

        var member = await SlackAsync(bot, site, $"knowledge add {url}", "UMEMBER1");
        Assert.Equal("Only moderators can use /knowledge.", (string)member["text"]!);

        var added = await SlackAsync(bot, site, $"knowledge add {url}", SlackModerator);
        Assert.Equal("ephemeral", (string)added["response_type"]!);
        Assert.StartsWith("Imported negotiators-agree-to-reopen-the-river-grain-corridor.md; it answers now.\nTitle: Negotiators agree to reopen the river grain corridor\nDate: 2025-10-14 (from article:published_time)\n",
            System.Net.WebUtility.HtmlDecode((string)added["text"]!));
        var file = Path.Combine(bot.Folder, "imported", "negotiators-agree-to-reopen-the-river-grain-corridor.md");
        Assert.Contains($"url: {url}", File.ReadAllText(file));

        var who = await SlackAsync(bot, site, "who said every barge that sails this month keeps a bakery open", "UMEMBER1");
        var citation = who["blocks"]!.AsArray().First(b => (string)b!["type"]! == "context")!["elements"]!.AsArray().Select(e => (string)e!["text"]!).ToList();
        Assert.Equal("*Tomas Vidmar*", citation[0]);
        Assert.Contains($"<{url}|Negotiators agree to reopen the river grain corridor>", citation);

        var again = await SlackAsync(bot, site, $"knowledge add {url}", SlackModerator);
        Assert.StartsWith("Updated negotiators-agree-to-reopen-the-river-grain-corridor.md", (string)again["text"]!);
        var list = await SlackAsync(bot, site, "knowledge list", SlackModerator);
        Assert.StartsWith("Imported files (1):\nnegotiators-agree-to-reopen-the-river-grain-corridor.md", (string)list["text"]!);

        Assert.Equal("Only moderators can use /knowledge.", (string)(await SlackAsync(bot, site, "knowledge remove negotiators-agree-to-reopen-the-river-grain-corridor.md", "UMEMBER1"))["text"]!);
        var removed = await SlackAsync(bot, site, "knowledge remove negotiators-agree-to-reopen-the-river-grain-corridor.md", SlackModerator);
        Assert.Equal("Removed negotiators-agree-to-reopen-the-river-grain-corridor.md; the bot no longer answers from it.", (string)removed["text"]!);
        Assert.False(File.Exists(file));
        var gone = await SlackAsync(bot, site, "who said every barge that sails this month keeps a bakery open", "UMEMBER1");
        Assert.DoesNotContain("Tomas Vidmar", gone.ToJsonString());
    }

    [GeneratedRegex(@"\\([\p{P}\p{S}])")]
    private static partial Regex DiscordEscape();
}
