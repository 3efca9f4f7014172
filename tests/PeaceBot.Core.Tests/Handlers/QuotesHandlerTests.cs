using PeaceBot.Core.Answers;
using PeaceBot.Core.Engine;

namespace PeaceBot.Core.Tests.Handlers;

/// <summary>/quotes over a small folder written here: three dated articles quoting the same person under three spellings.</summary>
public sealed class QuotesHandlerTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "peacebot-quotes-" + Guid.NewGuid().ToString("N"));
    private readonly KnowledgeService _knowledge;
    private readonly PeaceBotEngine _engine;

    public QuotesHandlerTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "articles"));
        File.WriteAllText(Path.Combine(_folder, "aliases.yaml"), "Maria Kovalenko: [Kovalenko, Marija Kovalenko]\n");
        Write("older.md", "2025-03-02", "Older harbour report",
            "“The grain corridor must stay open through the winter,” Maria Kovalenko said on Sunday.\n\n"
            + "“Nobody will sign a text they have not read,” said Oleg Brandt, a delegate.");
        Write("newer.md", "2025-10-20", "Newer harbour report",
            "“Sanctions relief comes last, after the guns fall silent,” Kovalenko told reporters.");
        Write("middle.md", "2025-06-01", "Midsummer harbour report",
            "“The ports reopen when the mines are cleared,” Marija Kovalenko said.");
        _knowledge = new KnowledgeService(_folder);
        _knowledge.ReloadAsync().GetAwaiter().GetResult();
        _engine = new PeaceBotEngine(_knowledge);
    }

    private void Write(string name, string date, string title, string body) =>
        File.WriteAllText(Path.Combine(_folder, "articles", name),
            $"---\ntitle: {title}\npublisher: Test Gazette\npublished: {date}\nurl: https://example.org/{name}\n---\n{body}\n");

    private Task<Answer> Ask(string text) => _engine.AnswerAsync(new AnswerRequest(text, PageSize: 10));

    [Theory]
    [InlineData("/quotes Maria Kovalenko")]
    [InlineData("/quotes kovalenko")]
    [InlineData("/quotes Marija Kovalenko")]
    public async Task Lists_the_persons_quotes_newest_first_under_any_spelling(string text)
    {
        var answer = await Ask(text);
        Assert.Equal(AnswerKind.Quotes, answer.Kind);
        Assert.Equal("What Maria Kovalenko is quoted as saying, newest first:", answer.Message);
        Assert.Equal(["Sanctions relief comes last, after the guns fall silent,", "The ports reopen when the mines are cleared,",
                "The grain corridor must stay open through the winter,"],
            answer.Results.Select(r => r.Text.Trim('“', '”')));
        // Each quote names her as its own article spells her.
        Assert.Equal(["Maria Kovalenko", "Marija Kovalenko", "Maria Kovalenko"], answer.Results.Select(r => r.Speaker));
    }

    [Fact]
    public async Task A_topic_keeps_only_the_quotes_about_it()
    {
        var answer = await Ask("/quotes Kovalenko about the grain corridor");
        var result = Assert.Single(answer.Results);
        Assert.Contains("grain corridor", result.Text);
        Assert.Equal("What Maria Kovalenko is quoted as saying about \"the grain corridor\", newest first:", answer.Message);
    }

    [Fact]
    public async Task A_topic_the_person_never_spoke_of_is_said_plainly()
    {
        var answer = await Ask("/quotes Kovalenko about lighthouses");
        Assert.Empty(answer.Results);
        Assert.Equal(AnswerOutcome.NoResults, answer.Outcome);
        Assert.Equal("I found no quote by Maria Kovalenko about \"lighthouses\".", answer.Message);
    }

    [Fact]
    public async Task An_unknown_person_gets_no_one_elses_quotes()
    {
        var answer = await Ask("/quotes Ivanova");
        Assert.Empty(answer.Results);
        Assert.Equal("I know no quotes by \"Ivanova\". Try /who said <words> to find a quote by its words.", answer.Message);
    }

    [Fact]
    public void Speakers_are_suggested_by_any_part_of_a_spelling()
    {
        Assert.Equal(["Maria Kovalenko"], _engine.SuggestSpeakers("marija").Select(s => s.Value));
        // One person under two spellings is offered once, by the aliases file's name.
        Assert.Equal(["Maria Kovalenko", "Oleg Brandt"], _engine.SuggestSpeakers("").Select(s => s.Value).Order());
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
