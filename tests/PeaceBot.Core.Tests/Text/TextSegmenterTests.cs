using PeaceBot.Core.Text;

namespace PeaceBot.Core.Tests.Text;

public sealed class TextSegmenterTests
{
    private static List<string> Sentences(string text)
    {
        var doc = TextSegmenter.Segment(text);
        return doc.Sentences.Select(s => text.Substring(s.Range.Start, s.Range.Length)).ToList();
    }

    [Theory]
    [InlineData("They were packing at 6 a.m. “and unpacking by seven.” Nobody explained.")]
    [InlineData("The bus left at 9 p.m. \"and never came back.\" Nobody explained.")]
    public void A_quotation_carrying_on_in_lower_case_does_not_start_a_sentence(string text)
    {
        var sentences = Sentences(text);
        Assert.Equal(2, sentences.Count);
        Assert.Equal("Nobody explained.", sentences[^1]);
    }

    [Fact]
    public void A_quotation_opening_in_upper_case_after_a_period_starts_a_sentence()
    {
        var sentences = Sentences("The talks ended early. “We will be back,” she said.");
        Assert.Equal(["The talks ended early.", "“We will be back,” she said."], sentences);
    }
}
