using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PeaceBot.Import.Tests.Fetching;

/// <summary>The refusals a public server needs, each checked against a real loopback server.</summary>
public sealed class PageFetcherTests
{
    private static readonly ImportOptions Loopback = new() { AllowPrivateNetworks = true };

    // Only 127.0.0.1 is let through: every other private address stays refused, as on a public server.
    private static readonly ImportOptions PublicServer = new() { AllowedPrivateAddresses = new HashSet<IPAddress> { IPAddress.Loopback } };

    private static async Task<ImportResult> Import(PageServer server, string path, ImportOptions options)
    {
        using var folder = new TempFolder();
        using var importer = new KnowledgeImporter(options, folder.Path);
        var result = await importer.ImportAsync(server.At(path).AbsoluteUri);
        // A refusal never leaves half an import behind.
        if (!result.Succeeded) Assert.Empty(Directory.GetFiles(folder.Path));
        return result;
    }

    [Fact]
    public async Task A_loopback_address_is_refused_unless_private_networks_are_allowed()
    {
        await using var server = await PageServer.StartAsync();
        using var folder = new TempFolder();
        using var importer = new KnowledgeImporter(new ImportOptions(), folder.Path);

        var byIp = await importer.ImportAsync(server.At("pages/wire-story.html").AbsoluteUri);
        var byName = await importer.ImportAsync($"http://localhost:{server.Root.Port}/pages/wire-story.html");

        Assert.Equal("'127.0.0.1' is a loopback address; imports only fetch from public addresses", byIp.Refusal);
        Assert.EndsWith("is a loopback address; imports only fetch from public addresses", byName.Refusal);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/", "'169.254.169.254' is a link-local address (cloud metadata lives there); imports only fetch from public addresses")]
    [InlineData("http://10.1.2.3/", "'10.1.2.3' is a private address; imports only fetch from public addresses")]
    [InlineData("http://127.0.0.2/", "'127.0.0.2' is a loopback address; imports only fetch from public addresses")]
    [InlineData("http://[::ffff:192.168.1.1]/", "'[::ffff:192.168.1.1]' is a private address; imports only fetch from public addresses")]
    [InlineData("file:///etc/passwd", "only http and https links can be imported, not 'file:///etc/passwd'")]
    [InlineData("ftp://example.org/a.html", "only http and https links can be imported, not 'ftp://example.org/a.html'")]
    public async Task A_redirect_is_checked_again_like_the_first_address(string target, string refusal)
    {
        await using var server = await PageServer.StartAsync(app => app.MapGet("/go", () => Results.Redirect(target)));

        var result = await Import(server, "go", PublicServer);

        Assert.Equal(refusal, result.Refusal);
    }

    [Fact]
    public async Task Redirects_are_followed_a_few_times_then_refused()
    {
        await using var server = await PageServer.StartAsync(app =>
        {
            app.MapGet("/hop/{n:int}", (int n) => n == 0 ? Results.Redirect("/pages/wire-story.html") : Results.Redirect($"/hop/{n - 1}"));
            app.MapGet("/loop", () => Results.Redirect("/loop"));
        });

        var followed = await Import(server, "hop/3", Loopback);
        var looped = await Import(server, "loop", Loopback);

        Assert.Null(followed.Refusal);
        Assert.Equal("the page redirects more than 5 times", looped.Refusal);
    }

    [Fact]
    public async Task A_page_over_the_size_limit_is_refused_whether_or_not_it_says_its_length()
    {
        var big = new string('x', 300_000);
        await using var server = await PageServer.StartAsync(app =>
        {
            app.MapGet("/declared", () => Results.Text("<html><body><p>" + big + "</p></body></html>", "text/html"));
            app.MapGet("/chunked", async (HttpContext c) =>
            {
                c.Response.ContentType = "text/html";
                for (var i = 0; i < 40; i++) await c.Response.WriteAsync(big[..10_000]);
            });
        });
        var small = Loopback with { MaxBytes = 200_000 };

        Assert.Equal("the page is 0.3 MB; imports are limited to 0.2 MB", (await Import(server, "declared", small)).Refusal);
        Assert.Equal("the page is larger than the 0.2 MB import limit", (await Import(server, "chunked", small)).Refusal);
    }

    [Fact]
    public async Task A_page_that_takes_too_long_is_refused()
    {
        await using var server = await PageServer.StartAsync(app => app.MapGet("/slow", async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10));
            return Results.Text("late", "text/html");
        }));

        var result = await Import(server, "slow", Loopback with { Timeout = TimeSpan.FromMilliseconds(500) });

        Assert.Equal("the page did not arrive within 1 seconds", result.Refusal);
    }

    [Fact]
    public async Task Pages_that_are_not_articles_are_refused_whole()
    {
        await using var server = await PageServer.StartAsync(app =>
        {
            app.MapGet("/report.pdf", () => Results.Bytes("%PDF-1.7 fake"u8.ToArray(), "application/pdf"));
            app.MapGet("/photo", () => Results.Bytes([0x89, 0x50, 0x4E, 0x47], "image/png"));
            app.MapGet("/wall", () => Results.Text(PageServer.Page("login-wall.html"), "text/html"));
            app.MapGet("/members", () => Results.StatusCode(401));
            app.MapGet("/gone", () => Results.NotFound());
        });

        Assert.StartsWith("this page does not look like an article (an index of headlines, a search or a gallery?): it has 0 paragraph(s)",
            (await Import(server, "pages/index-page.html", Loopback)).Refusal);
        Assert.Equal("this is a PDF, not a web article; save its text as a .txt file and import that", (await Import(server, "report.pdf", Loopback)).Refusal);
        Assert.Equal("this is an image (image/png), not an article", (await Import(server, "photo", Loopback)).Refusal);
        Assert.StartsWith("this looks like a login or subscription page, not the article", (await Import(server, "wall", Loopback)).Refusal);
        Assert.StartsWith("the site asks for a login or refuses access (HTTP 401)", (await Import(server, "members", Loopback)).Refusal);
        Assert.Equal("there is no page at this address (HTTP 404)", (await Import(server, "gone", Loopback)).Refusal);
    }

    [Fact]
    public async Task A_host_that_does_not_exist_and_a_closed_port_are_clear_refusals()
    {
        using var folder = new TempFolder();
        using var importer = new KnowledgeImporter(Loopback with { Timeout = TimeSpan.FromSeconds(5) }, folder.Path);

        var nowhere = await importer.ImportAsync("http://no-such-host.invalid/story");
        var closed = await importer.ImportAsync("http://127.0.0.1:1/story");

        Assert.StartsWith("the page could not be fetched: ", nowhere.Refusal);
        Assert.StartsWith("the page could not be fetched: ", closed.Refusal);
    }
}
