using Microsoft.AspNetCore.Builder;
using PeaceBot.Import.Preview;

namespace PeaceBot.Import.Tests;

/// <summary>
/// Realistic pages served from loopback are imported and the knowledge file is compared EXACTLY with
/// Pages/expected/&lt;page&gt;.md ("{root}" stands for the test server's address).
/// </summary>
public sealed class KnowledgeImporterTests
{
    private static readonly ImportOptions Loopback = new() { AllowPrivateNetworks = true };

    [Theory]
    [InlineData("wire-story.html", "envoys-agree-to-meet-again-in-geneva-after-six-hour-session.md")]
    [InlineData("explainer.html", "explainer-what-a-ceasefire-monitoring-mission-would-need.md")]
    [InlineData("cluttered.html", "prisoner-swap-brings-home-150-soldiers-kyiv-says.md")]
    [InlineData("byline-dated.html", "grain-corridor-talks-stall-over-inspection-rules.md")]
    public async Task An_article_page_becomes_exactly_the_expected_knowledge_file(string page, string fileName)
    {
        await using var server = await PageServer.StartAsync();
        using var folder = new TempFolder();
        using var importer = new KnowledgeImporter(Loopback, folder.Path);

        var result = await importer.ImportAsync(server.At("pages/" + page).AbsoluteUri);

        Assert.Null(result.Refusal);
        Assert.Equal(fileName, result.FileName);
        var expected = PageServer.Page("expected/" + Path.ChangeExtension(page, ".md")).Replace("{root}", server.Root.AbsoluteUri.TrimEnd('/'));
        Assert.Equal(expected, File.ReadAllText(folder.File(fileName)));
        Assert.Equal(expected, result.FileText);
        Assert.Empty(result.Preview!.Problems);
    }

    [Fact]
    public async Task The_preview_shows_title_date_passages_quotes_and_events_found_by_the_core()
    {
        await using var server = await PageServer.StartAsync();
        using var folder = new TempFolder();
        using var importer = new KnowledgeImporter(Loopback, folder.Path);

        var result = await importer.ImportAsync(server.At("pages/wire-story.html").AbsoluteUri);

        var preview = result.Preview!;
        Assert.Equal("Envoys agree to meet again in Geneva after six-hour session", preview.Title);
        Assert.Equal("2025-11-24", preview.Published);
        Assert.Equal("<time datetime>", preview.PublishedFrom);
        Assert.Equal(5, preview.Passages);
        Assert.Contains(("Daniel Hargrove", "We have narrowed the gaps on most of the humanitarian points, and the rest will need the leaders,"), preview.Quotes);
        Assert.Contains(("Olena Marchuk", "No document will be signed that trades away our sovereignty,"), preview.Quotes);
        Assert.Contains(preview.Events, e => e.Date == "2025-11-25" && e.Text.StartsWith("The two delegations are due to report", StringComparison.Ordinal));
        var text = PreviewText.Render(preview);
        Assert.StartsWith("Title: Envoys agree to meet again in Geneva after six-hour session\nDate: 2025-11-24 (from <time datetime>)\nPassages: 5\nQuotes: 3\n", text);
        Assert.EndsWith("Problems: none", text);
    }

    [Fact]
    public async Task Importing_the_same_address_again_rewrites_its_file()
    {
        var version = 1;
        await using var server = await PageServer.StartAsync(app => app.MapGet("/story", () => Microsoft.AspNetCore.Http.Results.Text(
            PageServer.Page("cluttered.html").Replace("Families gathered", version == 1 ? "Families gathered" : "Relatives gathered"), "text/html")));
        using var folder = new TempFolder();
        using var importer = new KnowledgeImporter(Loopback, folder.Path);

        var first = await importer.ImportAsync(server.At("story").AbsoluteUri);
        version = 2;
        var second = await importer.ImportAsync(server.At("story?utm_source=chat").AbsoluteUri);

        Assert.False(first.Replaced);
        Assert.True(second.Replaced);
        Assert.Equal(first.FileName, second.FileName);
        Assert.Single(Directory.GetFiles(folder.Path));
        Assert.Contains("Relatives gathered", File.ReadAllText(folder.File(second.FileName!)));
    }

    [Fact]
    public async Task Another_article_with_the_same_title_gets_its_own_file()
    {
        await using var server = await PageServer.StartAsync(app =>
        {
            app.MapGet("/a", () => Microsoft.AspNetCore.Http.Results.Text(PageServer.Page("byline-dated.html"), "text/html"));
            app.MapGet("/b", () => Microsoft.AspNetCore.Http.Results.Text(PageServer.Page("byline-dated.html"), "text/html"));
        });
        using var folder = new TempFolder();
        using var importer = new KnowledgeImporter(Loopback, folder.Path);

        var a = await importer.ImportAsync(server.At("a").AbsoluteUri);
        var b = await importer.ImportAsync(server.At("b").AbsoluteUri);

        Assert.Equal("grain-corridor-talks-stall-over-inspection-rules.md", a.FileName);
        Assert.Equal("grain-corridor-talks-stall-over-inspection-rules-2.md", b.FileName);
    }

    [Fact]
    public async Task A_dry_run_previews_without_writing()
    {
        await using var server = await PageServer.StartAsync();
        using var folder = new TempFolder();
        using var importer = new KnowledgeImporter(Loopback, folder.Path);

        var result = await importer.ImportAsync(server.At("pages/explainer.html").AbsoluteUri, dryRun: true);

        Assert.True(result.Succeeded);
        Assert.True(result.DryRun);
        Assert.Empty(Directory.GetFiles(folder.Path));
        Assert.Equal(3, result.Preview!.Quotes.Count);
    }

    [Fact]
    public void A_saved_html_file_imports_with_its_canonical_link()
    {
        using var folder = new TempFolder();
        using var source = new TempFolder();
        File.WriteAllText(source.File("saved.html"), PageServer.Page("wire-story.html"));
        using var importer = new KnowledgeImporter(new ImportOptions(), folder.Path);

        var result = importer.ImportFile(source.File("saved.html"));

        Assert.Null(result.Refusal);
        Assert.Contains("url: https://harborwire.example/world/envoys-agree-to-meet-again-geneva\n", result.FileText);
    }

    [Fact]
    public void A_text_file_keeps_its_words_and_takes_title_and_date_from_its_opening_lines()
    {
        using var folder = new TempFolder();
        using var source = new TempFolder();
        File.WriteAllText(source.File("page.txt"), "Observers wait for a mandate as talks pause\nMonday, February 9, 2026\n\nThe mission's planners said on Monday that they\nstill had no mandate from either side.\n\nA second paragraph follows here.\n");
        using var importer = new KnowledgeImporter(new ImportOptions(), folder.Path);

        var result = importer.ImportFile(source.File("page.txt"));

        Assert.Equal("""
            ---
            title: Observers wait for a mandate as talks pause
            published: 2026-02-09   # from the text's opening lines
            ---
            Monday, February 9, 2026

            The mission's planners said on Monday that they
            still had no mandate from either side.

            A second paragraph follows here.

            """.Replace("\r\n", "\n"), result.FileText);
        Assert.Equal("observers-wait-for-a-mandate-as-talks-pause.md", result.FileName);
    }

    [Fact]
    public void A_markdown_file_with_a_header_is_taken_as_written_and_a_broken_header_is_refused()
    {
        using var folder = new TempFolder();
        using var source = new TempFolder();
        const string good = "---\ntitle: Notes on the Geneva round\npublished: 2025-11-30\n---\nThe delegations met twice in one week, officials said.\n";
        File.WriteAllText(source.File("good.md"), good);
        File.WriteAllText(source.File("bad.md"), "---\ntitle: [unclosed\n---\nText.\n");
        using var importer = new KnowledgeImporter(new ImportOptions(), folder.Path);

        var ok = importer.ImportFile(source.File("good.md"));
        var bad = importer.ImportFile(source.File("bad.md"));

        Assert.Equal(good, File.ReadAllText(folder.File("notes-on-the-geneva-round.md")));
        Assert.True(ok.Succeeded);
        Assert.StartsWith("the file's header is broken: bad.md:2:", bad.Refusal);
        Assert.Single(Directory.GetFiles(folder.Path));
    }
}
