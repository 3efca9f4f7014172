using PeaceBot.Core.Commands;

namespace PeaceBot.Core.Tests.Commands;

public sealed class QuotesCommandTests
{
    [Theory]
    [InlineData("/quotes Zelenskyy", "Zelenskyy", null)]
    [InlineData("quotes \"Maria Kovalenko\"", "Maria Kovalenko", null)]
    [InlineData("/quotes Putin about a ceasefire in spring", "Putin", "a ceasefire in spring")]
    [InlineData("/QUOTES  von der Leyen  ABOUT  security  guarantees", "von der Leyen", "security guarantees")]
    public void Parses_the_person_and_the_topic(string input, string person, string? topic)
    {
        var parsed = CommandParser.Parse(input);
        var command = Assert.IsType<QuotesCommand>(parsed.Command);
        Assert.Equal(person, command.Person);
        Assert.Equal(topic, command.Topic);
        Assert.Equal(command, CommandParser.Parse(command.Text).Command);
    }

    [Theory]
    [InlineData("/quotes", "Whose quotes? Usage: /quotes <person> [about <topic>], e.g. /quotes Zelensky.")]
    [InlineData("/quotes about peace", "Whose quotes? Usage: /quotes <person> [about <topic>], e.g. /quotes Zelensky.")]
    [InlineData("/quotes Putin about", "About what? Usage: /quotes <person> [about <topic>], e.g. /quotes Zelensky.")]
    public void Explains_what_is_missing(string input, string error)
    {
        var parsed = CommandParser.Parse(input);
        Assert.False(parsed.IsValid);
        Assert.Equal(error, parsed.Error);
    }
}
