using PeaceBot.Core.Answers;
using PeaceBot.Core.Commands;
using PeaceBot.Core.Tests.Support;

namespace PeaceBot.Core.Tests.Handlers;

public class HelpExamplesTests(Xunit.Abstractions.ITestOutputHelper output)
{
    public static TheoryData<string, string> Commands()
    {
        var data = new TheoryData<string, string>();
        foreach (var knowledge in new[] { "fixture", "bundled", "quotes", "timeline" })
            foreach (var m in CommandCatalog.All.Where(m => !m.ModeratorOnly))
                data.Add(knowledge, m.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Every_example_help_shows_is_answered_by_the_loaded_knowledge(string knowledge, string command)
    {
        var loaded = Loaded(knowledge);
        var help = await loaded.Engine.AnswerAsync(new AnswerRequest("/help " + command));
        output.WriteLine(help.Message);
        var examples = help.Message.Split('\n').Where(l => l.StartsWith("  e.g. ", StringComparison.Ordinal))
            .SelectMany(l => l["  e.g. ".Length..].Split(" · ")).ToList();

        foreach (var example in examples.Where(e => !e.StartsWith("/help", StringComparison.Ordinal)))
        {
            var answer = await loaded.Engine.AnswerAsync(new AnswerRequest(example));
            Assert.True(answer.Outcome == AnswerOutcome.Answered && answer.Results.Count > 0, $"{example}: {answer.Message}");
        }
    }

    private static LoadedKnowledge Loaded(string name) => name switch
    {
        "fixture" => LoadedKnowledge.Fixture,
        "bundled" => LoadedKnowledge.Bundled,
        _ => LoadedKnowledge.Get(Path.Combine("Fixtures", name)),
    };
}
