using PeaceBot.Core.Answers;
using PeaceBot.Core.Commands;
using PeaceBot.Core.Tests.Support;

namespace PeaceBot.Core.Tests.Commands;

/// <summary>Every declared command is whole: it parses, it is dispatched, /help shows it, and no command type is orphaned.</summary>
public sealed class CommandCatalogTests
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var m in CommandCatalog.All)
            foreach (var f in m.Forms)
                foreach (var e in f.Examples) data.Add(m.Name, e);
        return data;
    }

    [Fact]
    public void Every_form_has_a_usage_a_summary_and_an_example()
    {
        foreach (var m in CommandCatalog.All)
        {
            Assert.NotEmpty(m.Forms);
            foreach (var f in m.Forms)
            {
                Assert.StartsWith("/" + m.Name, f.Usage);
                Assert.NotEmpty(f.Summary);
                Assert.NotEmpty(f.Examples);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_parses_to_its_own_command(string name, string example)
    {
        var parsed = CommandParser.Parse(example);
        Assert.True(parsed.IsValid, parsed.Error);
        Assert.Equal(name, CommandCatalog.For(parsed.Command!).Name);
        Assert.Equal(parsed.Command!.Text, CommandParser.Parse(parsed.Command.Text).Command!.Text);
    }

    [Fact]
    public void Names_and_aliases_are_unique()
    {
        var words = CommandCatalog.Words.Select(w => w.ToLowerInvariant()).ToList();
        Assert.Equal(words.Count, words.Distinct().Count());
    }

    [Fact]
    public void Every_command_type_in_the_core_belongs_to_exactly_one_module()
    {
        var types = typeof(Command).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Command)) && !t.IsAbstract).ToList();
        Assert.NotEmpty(types);
        foreach (var t in types)
            Assert.Single(CommandCatalog.All, m => m.CommandTypes.Any(ct => ct.IsAssignableFrom(t)));
    }

    [Fact]
    public void Each_answer_kind_has_a_wire_name()
    {
        foreach (var kind in Enum.GetValues<AnswerKind>()) Assert.NotEmpty(kind.ToWire());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Help_lists_every_form_a_reader_may_use(bool moderator)
    {
        var answer = await LoadedKnowledge.Fixture.Engine.AnswerAsync(new AnswerRequest("/help") { IsModerator = moderator });
        foreach (var m in CommandCatalog.All)
            foreach (var f in m.Forms)
                Assert.Equal(moderator || !m.ModeratorOnly, answer.Message.Contains($"\n{f.Usage} — {f.Summary}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_for_one_command_gives_its_usage_examples_from_the_knowledge_and_aliases()
    {
        var answer = await LoadedKnowledge.Get(Path.Combine("Fixtures", "timeline")).Engine.AnswerAsync(new AnswerRequest("/help when"));
        Assert.Equal(AnswerKind.Help, answer.Kind);
        Assert.Equal("/help timeline", answer.CommandText);
        Assert.Equal(
            "/timeline <month | month year | YYYY-MM | topic> — dated events in order\n"
            + "  when: A month, month and year, YYYY-MM, or a topic\n"
            + "  e.g. /timeline november 2025 · /timeline 2025-10\n"
            + "Also written: /when", answer.Message);
    }

    [Fact]
    public async Task Help_shows_no_example_the_knowledge_cannot_answer()
    {
        // The fixture has no dated events: a month would lead nowhere, so none is offered.
        var answer = await LoadedKnowledge.Fixture.Engine.AnswerAsync(new AnswerRequest("/help timeline"));
        Assert.Equal(
            "/timeline <month | month year | YYYY-MM | topic> — dated events in order\n"
            + "  when: A month, month and year, YYYY-MM, or a topic\n"
            + "Also written: /when", answer.Message);
    }

    [Theory]
    [InlineData("/help who", "  e.g. /who said The ferries can run again by spring · /who said if both navies stay in port")]
    [InlineData("/help quotes", "  e.g. /quotes Tomas Rekk · /quotes Vera Lind")]
    public async Task Help_examples_name_real_speakers_and_their_words(string help, string examples)
    {
        var answer = await LoadedKnowledge.Get(Path.Combine("Fixtures", "quotes")).Engine.AnswerAsync(new AnswerRequest(help));
        Assert.Contains("\n" + examples + "\n", answer.Message + "\n", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_for_plan_shows_a_real_point_of_the_default_plan_and_of_another()
    {
        var answer = await LoadedKnowledge.Fixture.Engine.AnswerAsync(new AnswerRequest("/help plan"));
        Assert.Contains("\n  e.g. /plan point 1 · /plan point 1 beta-5\n", answer.Message, StringComparison.Ordinal);
        Assert.Contains("\n  e.g. /plan list", answer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_for_an_unknown_command_says_so()
    {
        var answer = await LoadedKnowledge.Fixture.Engine.AnswerAsync(new AnswerRequest("/help frobnicate"));
        Assert.Equal(AnswerKind.Error, answer.Kind);
        Assert.Equal("I know no command /frobnicate. Try /help for the commands I know.", answer.Message);
    }

    [Theory]
    [InlineData("/status")]
    [InlineData("/reload")]
    public async Task Moderator_commands_are_refused_by_their_precondition(string text)
    {
        var answer = await LoadedKnowledge.Fixture.Engine.AnswerAsync(new AnswerRequest(text));
        Assert.Equal(AnswerOutcome.Refused, answer.Outcome);
        Assert.Equal($"Only moderators can use {text}.", answer.Message);
        Assert.Equal(CommandVisibility.AlwaysPrivate, CommandCatalog.Find(text)!.Visibility);
    }
}
