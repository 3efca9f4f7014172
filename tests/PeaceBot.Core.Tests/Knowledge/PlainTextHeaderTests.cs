using PeaceBot.Core.Knowledge;

namespace PeaceBot.Core.Tests.Knowledge;

public sealed class PlainTextHeaderTests
{
    [Fact]
    public void Takes_the_headline_and_the_page_date_from_the_opening_lines()
    {
        const string page = "back to top\nWednesday, March 12, 2025\n\nTalks Resume in Geneva After a Long Pause\n\nShare\n\nNegotiators met on Tuesday. They said little.\n";
        var header = PlainTextHeader.Infer(page, "geneva.txt");
        Assert.Equal("Talks Resume in Geneva After a Long Pause", header.Title);
        Assert.Equal("2025-03-12", header.Published.ToString());
        Assert.Equal(KnowledgeKind.Article, header.Kind);
    }

    [Theory]
    [InlineData("Jan 24, 2026 06:01 4", "2026-01-24")]
    [InlineData("Published 2 October 2025", "2025-10-02")]
    [InlineData("2025-11-21T10:00", "2025-11-21")]
    [InlineData("Feb 30, 2025", null)]
    [InlineData("No date here", null)]
    public void Finds_header_dates(string line, string? expected) =>
        Assert.Equal(expected, PlainTextHeader.FindDate(line)?.ToString());

    [Fact]
    public void A_txt_file_with_front_matter_is_read_as_usual_and_one_without_is_served_as_an_article()
    {
        var plain = KnowledgeFileReader.Parse("Ceasefire Talks Open in Riyadh Today\nMarch 3, 2025\n\nDelegations arrived.\n"u8.ToArray(), "a.txt");
        Assert.Equal("Ceasefire Talks Open in Riyadh Today", plain.File!.FrontMatter.Title);
        Assert.Equal(0, plain.File.BodyOffset);

        var headed = KnowledgeFileReader.Parse("---\ntitle: Headed\npublished: 2025-03-03\n---\nBody.\n"u8.ToArray(), "b.txt");
        Assert.Equal("Headed", headed.File!.FrontMatter.Title);
    }

    [Fact]
    public void A_markdown_file_without_a_header_is_served_and_reported()
    {
        var read = KnowledgeFileReader.Parse("# Envoys Meet Again in Geneva Today\n\nMarch 3, 2025\n\nDelegations arrived.\n"u8.ToArray(), "notes/geneva.md");
        Assert.Equal("Envoys Meet Again in Geneva Today", read.File!.FrontMatter.Title);
        Assert.Equal("2025-03-03", read.File.FrontMatter.Published.ToString());
        Assert.Contains("missing front matter", Assert.Single(read.Problems).Message);
    }
}
