using PeaceBot.Core.Dates;
using PeaceBot.Core.Extraction.Dates;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Tests.Extraction.Dates;

/// <summary>The mentions themselves: their verbatim words, resolved date and whether the words alone gave the year.</summary>
public sealed class DateExtractorTests
{
    [Theory]
    [InlineData("They met on Friday, Aug. 15, 2025, in Anchorage.", "2025-08", "Friday, Aug. 15, 2025 | 2025-08-15 | written")]
    [InlineData("They met on Friday, Aug. 15, in Anchorage.", "2025-08", "Friday, Aug. 15 | 2025-08-15 | relative")]
    [InlineData("The decree of 15.08.2025 stands.", "2025-09", "15.08.2025 | 2025-08-15 | written")]
    [InlineData("In November and December 2025, drafts were swapped.", "2026-01-24", "November | 2025-11 | written", "December 2025 | 2025-12 | written")]
    [InlineData("Talks stalled in mid-March.", "2025-08", "in mid-March | 2025-03 | relative")]
    [InlineData("The war began in 2022, and in February talks failed.", "2025-08", "in 2022 | 2022 | written", "in February | 2022-02 | relative")]
    [InlineData("Envoys met over the weekend.", "2025-03-12", "over the weekend | 2025-03 | relative")]
    [InlineData("The Kremlin said late Tuesday it was ready.", "2025-03-12", "late Tuesday | 2025-03-11 | relative")]
    [InlineData("Zelensky will visit in January.", "2025-11", "in January | 2026-01 | relative")]
    [InlineData("Zelensky will visit in July.", "2025-11", "in July | 2025-07 | relative")]
    public void Finds_and_resolves(string input, string published, params string[] expected)
    {
        var text = TextSegmenter.Segment(input);
        Assert.True(PartialDate.TryParse(published, out var p));
        var actual = DateExtractor.Find(text, p)
            .Select(m => $"{text.Slice(m.Range)} | {m.Date} | {(m.IsRelative ? "relative" : "written")}");
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("READ MORE: Trump and Putin to meet on Friday, Aug. 15")]
    [InlineData("Wednesday, March 12, 2025")]
    [InlineData("Ukraine may need to concede; troops march on. The 28-point plan's Article 5 covers 75% at 06:01.")]
    public void Headings_chrome_and_lookalikes_give_no_dates(string input)
    {
        Assert.Empty(DateExtractor.Find(TextSegmenter.Segment(input), new PartialDate(2025, 8, 20)));
    }

    [Fact]
    public void The_year_of_an_earlier_paragraph_does_not_carry_over()
    {
        var text = TextSegmenter.Segment("Negotiations resumed in 2019.\n\nIn March, the delegations met in Riyadh.");
        var march = Assert.Single(DateExtractor.Find(text, new PartialDate(2025, 8)), m => m.Date.Month == 3);
        Assert.Equal(new PartialDate(2025, 3), march.Date);
    }
}
