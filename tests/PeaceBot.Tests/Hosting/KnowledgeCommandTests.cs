using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using PeaceBot.Core.Answers;
using PeaceBot.Core.Engine;
using PeaceBot.Hosting;

namespace PeaceBot.Tests.Hosting;

/// <summary>/knowledge through the real engine and importer: a moderator's link answers at once; others are refused.</summary>
public sealed class KnowledgeCommandTests : IAsyncDisposable
{
    private const string Page = """
        <html><head><title>Mediators propose a winter energy truce</title><meta property="og:site_name" content="Test Gazette">
        <meta property="article:published_time" content="2025-12-08T08:00:00Z"></head><body><nav><a href="/">Home</a></nav><article>
        <h1>Mediators propose a winter energy truce</h1>
        <p>Mediators proposed on Monday a truce on strikes against power plants for the winter months, officials from three countries said.</p>
        <p>"A truce on energy targets would keep millions of homes heated through the coldest weeks," said Ingrid Solberg, the Norwegian envoy.</p>
        <p>Neither side has answered the proposal yet, and the mediators plan to meet both delegations again before the end of the month.</p>
        </article><div class="share"><a href="#">Share on X</a></div></body></html>
        """;

    private readonly string _knowledge = Directory.CreateTempSubdirectory("peacebot-knowledge-cmd-").FullName;
    private WebApplication? _site;

    private async Task<(PeaceBotEngine Engine, KnowledgeService Knowledge, ImportHosting Imports, string Url)> StartAsync()
    {
        File.WriteAllText(Path.Combine(_knowledge, "ferry.md"), "---\ntitle: Ferry news\npublished: 2025-03-10\n---\nThe ferry resumed service after the storm.\n");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _site = builder.Build();
        _site.MapGet("/truce", () => Results.Text(Page, "text/html"));
        await _site.StartAsync();
        var root = _site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Import:AllowPrivateNetworks"] = "true" }).Build();
        var knowledge = new KnowledgeService(_knowledge);
        await knowledge.ReloadAsync();
        var imports = ImportHosting.Create(config, _knowledge, NullLogger.Instance);
        return (new PeaceBotEngine(knowledge) { Imports = imports.Imports }, knowledge, imports, root + "/truce");
    }

    [Fact]
    public async Task A_moderators_link_is_imported_previewed_and_answers_at_once_and_can_be_removed()
    {
        var (engine, knowledge, imports, url) = await StartAsync();
        using var _ = knowledge;
        using var __ = imports;
        var moderator = (string text) => engine.AnswerAsync(new AnswerRequest(text, "slack") { IsModerator = true });

        var added = await moderator($"/knowledge add {url}");

        Assert.Equal(AnswerOutcome.Answered, added.Outcome);
        Assert.StartsWith("Imported mediators-propose-a-winter-energy-truce.md; it answers now.\nTitle: Mediators propose a winter energy truce\nDate: 2025-12-08 (from article:published_time)\nPassages: 3\n", added.Message);
        Assert.Contains("  - Ingrid Solberg: “A truce on energy targets would keep millions of homes heated through the coldest weeks,”", added.Message);
        Assert.True(File.Exists(Path.Combine(_knowledge, "imported", "mediators-propose-a-winter-energy-truce.md")));

        var who = await engine.AnswerAsync(new AnswerRequest("/who said keep millions of homes heated"));
        Assert.Equal("Ingrid Solberg", Assert.Single(who.Results.Take(1)).Speaker);

        var list = await moderator("/knowledge list");
        Assert.Equal("Imported files (1):\nmediators-propose-a-winter-energy-truce.md — Mediators propose a winter energy truce (2025-12-08)", list.Message);

        Assert.StartsWith("Not removed: '../ferry.md' is not an imported file name", (await moderator("/knowledge remove ../ferry.md")).Message);
        Assert.StartsWith("Not removed: there is no imported file 'ferry.md'", (await moderator("/knowledge remove ferry.md")).Message);
        var removed = await moderator("/knowledge remove mediators-propose-a-winter-energy-truce.md");
        Assert.Equal("Removed mediators-propose-a-winter-energy-truce.md; the bot no longer answers from it.", removed.Message);
        Assert.Empty((await engine.AnswerAsync(new AnswerRequest("/who said keep millions of homes heated"))).Results);
        Assert.True(File.Exists(Path.Combine(_knowledge, "ferry.md")));
    }

    [Fact]
    public async Task Non_moderators_are_refused_politely_and_refusals_explain_themselves()
    {
        var (engine, knowledge, imports, url) = await StartAsync();
        using var _ = knowledge;
        using var __ = imports;

        var member = await engine.AnswerAsync(new AnswerRequest($"/knowledge add {url}", "discord"));
        var local = await engine.AnswerAsync(new AnswerRequest("/knowledge add /etc/passwd", "discord") { IsModerator = true });
        var index = await engine.AnswerAsync(new AnswerRequest($"/knowledge add {url.Replace("/truce", "/nothing")}", "discord") { IsModerator = true });

        Assert.Equal(AnswerOutcome.Refused, member.Outcome);
        Assert.Equal("Only moderators can use /knowledge.", member.Message);
        Assert.Equal("Not imported: only http and https links can be imported, not '/etc/passwd'", local.Message);
        Assert.Equal("Not imported: there is no page at this address (HTTP 404)", index.Message);
        Assert.False(Directory.Exists(Path.Combine(_knowledge, "imported")) && Directory.EnumerateFiles(Path.Combine(_knowledge, "imported")).Any());
    }

    [Fact]
    public async Task An_uploaded_file_is_imported_without_its_download_address_and_one_source_at_a_time()
    {
        var (engine, knowledge, imports, url) = await StartAsync();
        using var _ = knowledge;
        using var __ = imports;
        var upload = new ChatAttachment("file", "truce.html", new Uri(url), 1200, "text/html");

        var both = await engine.AnswerAsync(new AnswerRequest($"/knowledge add {url}", "discord") { IsModerator = true, Attachments = [upload] });
        var tooBig = await engine.AnswerAsync(new AnswerRequest("/knowledge add", "discord") { IsModerator = true, Attachments = [upload with { Size = 50L * 1024 * 1024 }] });
        var added = await engine.AnswerAsync(new AnswerRequest("/knowledge add", "discord") { IsModerator = true, Attachments = [upload] });

        Assert.Equal("Give a link or a file, not both.", both.Message);
        Assert.Equal("Not imported: 'truce.html' is larger than the 5 MB import limit", tooBig.Message);
        Assert.StartsWith("Imported mediators-propose-a-winter-energy-truce.md from truce.html; it answers now.\nTitle: Mediators propose a winter energy truce\n", added.Message);
        var text = File.ReadAllText(Path.Combine(_knowledge, "imported", "mediators-propose-a-winter-energy-truce.md"));
        Assert.DoesNotContain("/truce", text);
        Assert.Equal("Ingrid Solberg", (await engine.AnswerAsync(new AnswerRequest("/who said keep millions of homes heated"))).Results[0].Speaker);
    }

    public async ValueTask DisposeAsync()
    {
        if (_site is not null) await _site.DisposeAsync();
        try { Directory.Delete(_knowledge, recursive: true); } catch (IOException) { }
    }
}
