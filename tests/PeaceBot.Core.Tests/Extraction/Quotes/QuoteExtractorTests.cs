using PeaceBot.Core.Extraction.Quotes;
using PeaceBot.Core.Knowledge;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Tests.Extraction.Quotes;

/// <summary>What the specs do not show: kinds, and contexts as verbatim sentence slices.</summary>
public sealed class QuoteExtractorTests
{
    private static readonly AliasTable Aliases = new([new("Donald Trump", ["Trump"])]);

    [Fact]
    public void Direct_quote_context_is_the_whole_sentence_with_its_attribution()
    {
        const string input = "Talks ended late. “We need a full peace agreement,” Trump said on Friday. Nobody replied.";
        var text = TextSegmenter.Segment(input);

        var quote = Assert.Single(QuoteExtractor.Extract(text, Aliases));

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Donald Trump", quote.Speaker);
        Assert.Equal("We need a full peace agreement,", text.Slice(quote.Quote));
        Assert.Equal("“We need a full peace agreement,” Trump said on Friday.", text.Slice(quote.Context));
    }

    [Fact]
    public void Attribution_in_the_sentence_before_widens_the_context_to_it()
    {
        const string input = "Ilona Kask wrote:\n\n“The border will stay closed until the spring.”";
        var text = TextSegmenter.Segment(input);

        var quote = Assert.Single(QuoteExtractor.Extract(text, Aliases));

        Assert.Equal("Ilona Kask", quote.Speaker);
        Assert.Equal(0, quote.Context.Start);
        Assert.Equal(input.Length, quote.Context.End);
    }

    [Fact]
    public void Reported_speech_is_indirect_and_quotes_the_clause()
    {
        const string input = "Maria Kovalenko warned that the front could collapse by winter.";
        var text = TextSegmenter.Segment(input);

        var quote = Assert.Single(QuoteExtractor.Extract(text, Aliases));

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("the front could collapse by winter", text.Slice(quote.Quote));
        Assert.Equal(input, text.Slice(quote.Context));
    }

    [Fact]
    public void Transcript_lines_are_transcript_quotes_whose_context_is_the_line()
    {
        const string input = "TRUMP: We will see.\nPETRA NOVAK (BBC): Will you meet him?";
        var text = TextSegmenter.Segment(input);

        var quotes = QuoteExtractor.ExtractTranscript(text, Aliases);

        Assert.Equal(["Donald Trump", "Petra Novak"], quotes.Select(q => q.Speaker));
        Assert.All(quotes, q => Assert.Equal(QuoteKind.Transcript, q.Kind));
        Assert.Equal("PETRA NOVAK (BBC): Will you meet him?", text.Slice(quotes[1].Context));
        Assert.Equal("Will you meet him?", text.Slice(quotes[1].Quote));
    }

    [Theory]
    [InlineData("")]
    [InlineData("“")]
    [InlineData("” said")]
    [InlineData("\"\"\"\"")]
    [InlineData("said, “")]
    public void Degenerate_input_gives_no_quote(string input)
    {
        var text = TextSegmenter.Segment(input);

        Assert.Empty(QuoteExtractor.Extract(text, Aliases));
    }

    [Fact]
    public void A_pronoun_with_nobody_before_it_abstains()
    {
        var text = TextSegmenter.Segment("“a b c,” he said.");

        var quote = Assert.Single(QuoteExtractor.Extract(text, Aliases));
        Assert.Null(quote.Speaker);
        Assert.Equal("a b c,", text.Slice(quote.Quote));
    }
}
