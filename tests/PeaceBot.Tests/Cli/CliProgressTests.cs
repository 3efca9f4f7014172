using PeaceBot.Cli;
using PeaceBot.Tests.Terminal;

namespace PeaceBot.Tests.Cli;

public sealed class CliProgressTests
{
    private const char Escape = '\u001b';

    [Fact]
    public async Task A_terminal_sees_the_indexing_bar_while_chat_loads_and_it_is_cleared_after()
    {
        var run = await CliRun.RunOnTerminalAsync("quit\n", "chat", "--knowledge", CliRun.BundledKnowledge);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Indexing ", run.Out);
        Assert.Contains(Escape, run.Out);
        Assert.Contains("PeaceBot — 7 sources", run.Out);
    }

    [Theory]
    [InlineData("chat")]
    [InlineData("check")]
    public async Task Redirected_output_holds_no_progress_and_no_escape_codes(string verb)
    {
        var run = await CliRun.RunAsync("/sources\nquit\n", verb, "--knowledge", CliRun.BundledKnowledge);

        Assert.DoesNotContain("Indexing ", run.Out + run.Error);
        Assert.DoesNotContain(Escape, run.Out + run.Error);
    }

    [Fact]
    public async Task Json_gets_no_progress_even_on_a_terminal()
    {
        var run = await CliRun.RunOnTerminalAsync("", "bench", "--passages", "200", "--queries", "5", "--no-http", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(Escape, run.Out);
        Assert.StartsWith("{", run.Out.TrimStart());
    }

    [Fact]
    public async Task The_label_counts_the_knowledge_files_the_loader_reads()
    {
        var dir = Directory.CreateTempSubdirectory("peacebot-progress-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a.md"), "# A\n");
            File.WriteAllText(Path.Combine(dir.FullName, "b.txt"), "B\n");
            File.WriteAllText(Path.Combine(dir.FullName, "c.png"), "");
            Assert.Equal($"Indexing 2 files in {dir.FullName}", CliProgress.IndexingLabel(dir.FullName));
            var shown = await CliProgress.IndexingAsync(new CliConsole(TextReader.Null, TextWriter.Null, TextWriter.Null), show: true, dir.FullName, () => Task.FromResult(42));
            Assert.Equal(42, shown);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
