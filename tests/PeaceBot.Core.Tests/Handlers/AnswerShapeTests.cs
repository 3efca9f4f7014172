using PeaceBot.Core.Handlers;

namespace PeaceBot.Core.Tests.Handlers;

public sealed class AnswerShapeTests
{
    [Theory]
    [InlineData("how many prisoners were exchanged", "Quantity")]
    [InlineData("How much of Donetsk does Russia control", "Quantity")]
    [InlineData("what percentage of the budget goes to defence", "Quantity")]
    [InlineData("when did the Alaska summit take place", "Time")]
    [InlineData("what year was Crimea annexed", "Time")]
    [InlineData("who leads the talks", "Any")]
    public void Recognises_what_a_question_asks_for(string question, string kind) =>
        Assert.Equal(kind, AnswerShape.Of(question).ToString());

    [Fact]
    public void Prefers_passages_that_hold_that_kind_of_answer()
    {
        Assert.True(AnswerShape.Boost(AnswerShape.Kind.Quantity, "Moscow controls 75% of the region") > 1);
        Assert.Equal(1, AnswerShape.Boost(AnswerShape.Kind.Quantity, "Moscow controls most of the region"));
        Assert.True(AnswerShape.Boost(AnswerShape.Kind.Time, "The summit took place in August 2025") > 1);
        Assert.Equal(1, AnswerShape.Boost(AnswerShape.Kind.Any, "In 2025 there were 3 rounds"));
    }
}
