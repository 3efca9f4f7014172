using PeaceBot.Core.Handlers;

namespace PeaceBot.Core.Tests.Handlers;

public sealed class TimelinePeriodTests
{
    private static readonly DateOnly Today = new(2025, 11, 26); // a Wednesday

    [Theory]
    [InlineData("2025-11-20", "20 November 2025", "")]
    [InlineData("20 November 2025", "20 November 2025", "")]
    [InlineData("November 20, 2025", "20 November 2025", "")]
    [InlineData("nov 20th 2025 ceasefire", "20 November 2025", "ceasefire")]
    [InlineData("yesterday", "yesterday (25 November 2025)", "")]
    [InlineData("today", "today (26 November 2025)", "")]
    [InlineData("last week", "last week (17 November 2025 to 23 November 2025)", "")]
    [InlineData("this week ceasefire", "this week (24 November 2025 to 26 November 2025)", "ceasefire")]
    [InlineData("this month", "this month (November 2025)", "")]
    [InlineData("last month", "last month (October 2025)", "")]
    [InlineData("last year", "last year (2024)", "")]
    [InlineData("august 2025", "August 2025", "")]
    [InlineData("2025-08", "August 2025", "")]
    [InlineData("28-point plan", "", "28-point plan")]
    public void Parses_periods_and_leaves_topic_words(string query, string described, string topic)
    {
        var period = TimelinePeriod.Parse(query, Today);
        Assert.Equal(described, period.Describe());
        Assert.Equal(topic, period.Topic);
    }

    [Fact]
    public void A_day_without_a_year_is_that_day_of_its_month_in_any_year()
    {
        var period = TimelinePeriod.Parse("nov 20", Today);
        Assert.Equal((null, 11, 20), (period.Year, period.Month, period.DayOfMonth));
        Assert.True(period.MatchesDayOfMonth(new(2024, 11, 20)));
        Assert.False(period.MatchesDayOfMonth(new(2024, 11, 21)));
        Assert.False(period.MatchesDayOfMonth(new(2024, 11)));
    }

    [Fact]
    public void An_impossible_day_is_not_a_day()
    {
        var period = TimelinePeriod.Parse("2025-02-30", Today);
        Assert.Null(period.From);
    }

    [Fact]
    public void A_day_period_holds_only_day_precise_dates_inside_it()
    {
        var period = TimelinePeriod.Parse("last week", Today);
        Assert.True(period.Contains(new(2025, 11, 17)));
        Assert.True(period.Contains(new(2025, 11, 23)));
        Assert.False(period.Contains(new(2025, 11, 24)));
        Assert.False(period.Contains(new(2025, 11)));
        Assert.Equal([(2025, 11)], period.Months().ToList());
    }

    [Theory]
    [InlineData("nov 20", "November 20", "what happened on November 20")]
    [InlineData("2025-11-20", "20 November 2025", "what happened on 20 November 2025")]
    [InlineData("20 November 2025", "20 November 2025", "what happened on 20 November 2025")]
    [InlineData("august 2025", "August 2025", "what happened in August 2025")]
    [InlineData("august", "August", "what happened in August")]
    [InlineData("2025", "2025", "what happened in 2025")]
    [InlineData("yesterday", "yesterday (25 November 2025)", "what happened yesterday")]
    [InlineData("last week", "last week (17 November 2025 to 23 November 2025)", "what happened last week")]
    [InlineData("last month", "last month (October 2025)", "what happened last month")]
    public void Names_the_period_and_the_question_to_ask_about_it(string query, string described, string question)
    {
        var period = TimelinePeriod.Parse(query, Today);
        Assert.Equal(described, period.Describe());
        Assert.Equal(question, period.Question());
    }

    [Fact]
    public void An_empty_day_hint_asks_what_happened_on_that_day()
    {
        var period = TimelinePeriod.Parse("nov 20", Today);
        Assert.Equal("Try /ask what happened on November 20.", TimelineHint.For(period, []));
    }
}
