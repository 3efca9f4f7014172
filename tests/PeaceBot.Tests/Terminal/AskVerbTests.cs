using System.Text.Json;

namespace PeaceBot.Tests.Terminal;

public sealed class AskVerbTests
{
    [Fact]
    public async Task Batch_mode_answers_every_line_in_order_with_one_json_object_each()
    {
        var input = "/plan point 27\n\n/frobnicate now\n/plan point abc\n/ask how much of Donetsk does Russia control\n";
        var run = await CliRun.RunAsync(input, "ask", "--json", "--knowledge", CliRun.BundledKnowledge);

        Assert.Equal(0, run.ExitCode);
        var answers = run.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(5, answers.Count);
        Assert.Equal(["plan", "error", "error", "error", "ask"], answers.Select(a => a.GetProperty("command").GetString()));
        Assert.All(answers, a => Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("message").GetString())));
        var point = answers[0].GetProperty("results")[0];
        Assert.Equal("us-28", point.GetProperty("plan").GetString());
        Assert.Equal(27, point.GetProperty("point").GetInt32());
        Assert.Equal("plans/us-28-point-plan.md", point.GetProperty("source").GetProperty("file").GetString());
        Assert.Equal(JsonValueKind.Null, point.GetProperty("speaker").ValueKind);
    }

    [Fact]
    public async Task One_command_as_arguments_prints_readable_citations()
    {
        var run = await CliRun.RunAsync("", "ask", "--knowledge", CliRun.BundledKnowledge, "/plan", "point", "27");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Peace Council", run.Out);
        Assert.Contains("plans/us-28-point-plan.md", run.Out);
    }

    [Fact]
    public async Task One_shot_ask_says_how_to_get_the_next_page()
    {
        var run = await CliRun.RunAsync("", "ask", "--knowledge", CliRun.BundledKnowledge, "--page-size", "1", "/timeline", "2025");
        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("(more: add --page 2 to the same command)", run.Out.TrimEnd());
        Assert.DoesNotContain("type 'more'", run.Out);
    }

    [Fact]
    public async Task A_missing_knowledge_folder_is_a_clear_error()
    {
        var run = await CliRun.RunAsync("", "ask", "--knowledge", Path.Combine(Path.GetTempPath(), "no-such-peacebot-folder"), "/help");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("does not exist", run.Error);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--page", "zero")]
    [InlineData("--knowledge")]
    public async Task Bad_options_print_the_usage(params string[] args)
    {
        var run = await CliRun.RunAsync("", ["ask", .. args]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("peacebot ask", run.Error);
    }
}
