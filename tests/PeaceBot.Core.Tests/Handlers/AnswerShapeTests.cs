using PeaceBot.Core.Handlers;

namespace PeaceBot.Core.Tests.Handlers;

public sealed class AnswerShapeTests
{
    [Theory]
    [InlineData("how many prisoners were exchanged", AnswerShape.Kind.Quantity)]
    [InlineData("How much of Donetsk does Russia control", AnswerShape.Kind.Quantity)]
    [InlineData("what percentage of the budget goes to defence", AnswerShape.Kind.Quantity)]
    [InlineData("when did the Alaska summit take place", AnswerShape.Kind.Time)]
    [InlineData("what year was Crimea annexed", AnswerShape.Kind.Time)]
    [InlineData("who leads the talks", AnswerShape.Kind.Any)]
    public void Recognises_what_a_question_asks_for(string question, AnswerShape.Kind kind) =>
        Assert.Equal(kind, AnswerShape.Of(question));

    [Fact]
    public void Prefers_passages_that_hold_that_kind_of_answer()
    {
        Assert.True(AnswerShape.Boost(AnswerShape.Kind.Quantity, "Moscow controls 75% of the region") > 1);
        Assert.Equal(1, AnswerShape.Boost(AnswerShape.Kind.Quantity, "Moscow controls most of the region"));
        Assert.True(AnswerShape.Boost(AnswerShape.Kind.Time, "The summit took place in August 2025") > 1);
        Assert.Equal(1, AnswerShape.Boost(AnswerShape.Kind.Any, "In 2025 there were 3 rounds"));
    }
}
