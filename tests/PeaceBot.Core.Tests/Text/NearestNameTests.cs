using PeaceBot.Core.Text;

namespace PeaceBot.Core.Tests.Text;

public sealed class NearestNameTests
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    [Theory]
    [InlineData("novmber", "November")]
    [InlineData("augst", "August")]
    [InlineData("Setpember", "September")]
    [InlineData("febuary", "February")]
    [InlineData("ocotber", "October")]
    public void Finds_the_nearest_name(string typed, string expected) => Assert.Equal(expected, NearestName.Find(typed, Months));

    [Theory]
    [InlineData("november")]
    [InlineData("sanctions")]
    [InlineData("ab")]
    [InlineData("")]
    [InlineData(null)]
    public void Suggests_nothing_for_an_exact_far_or_tiny_word(string? typed) => Assert.Null(NearestName.Find(typed, Months));

    [Theory]
    [InlineData("abcd", "abdc", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void Counts_edits_with_transpositions_as_one(string a, string b, int expected) => Assert.Equal(expected, NearestName.Distance(a, b));

    [Fact]
    public void Stops_counting_past_the_limit() => Assert.Equal(3, NearestName.Distance("abcdefgh", "zyxwvuts", limit: 2));
}
