using PeaceBot.Adapters.Paging;

namespace PeaceBot.Adapters.Tests.Paging;

public sealed class PageTokensTests
{
    [Fact]
    public void A_short_command_travels_inside_the_token_and_reads_back()
    {
        var tokens = new PageTokens(100);
        var token = tokens.Create("/who said peace", 2, isPrivate: true);
        Assert.True(token.Length <= 100);
        Assert.Equal(("/who said peace", 2, true), tokens.Read(token));
        Assert.Equal(("/who said peace", 2, true), new PageTokens(100).Read(token));
    }

    [Fact]
    public void A_long_command_is_kept_and_the_token_still_fits_the_limit()
    {
        var tokens = new PageTokens(100);
        var command = "/ask " + new string('ж', 300);
        var token = tokens.Create(command, 3, isPrivate: false);
        Assert.True(token.Length <= 100);
        Assert.Equal((command, 3, false), tokens.Read(token));
        Assert.Null(new PageTokens(100).Read(token));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("more:")]
    [InlineData("more:0:1:=/help")]
    [InlineData("more:2:7:=/help")]
    [InlineData("other:2:1:=/help")]
    [InlineData("more:2:1:#NOPE")]
    public void Anything_not_ours_reads_as_nothing(string? token) => Assert.Null(new PageTokens(100).Read(token));

    [Fact]
    public void A_post_token_is_never_read_as_a_page_token_nor_the_other_way()
    {
        var tokens = new PageTokens(100);
        var post = tokens.CreatePost("/sources", 2);
        var more = tokens.Create("/sources", 2, isPrivate: true);
        Assert.Equal(("/sources", 2), tokens.ReadPost(post));
        Assert.Null(tokens.Read(post));
        Assert.Null(tokens.ReadPost(more));

        var longCommand = "/ask " + new string('ж', 300);
        var kept = tokens.CreatePost(longCommand, 1);
        Assert.True(kept.Length <= 100);
        Assert.Equal((longCommand, 1), tokens.ReadPost(kept));
    }
}
