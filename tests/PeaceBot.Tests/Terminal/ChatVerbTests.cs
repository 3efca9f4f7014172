namespace PeaceBot.Tests.Terminal;

public sealed class ChatVerbTests
{
    [Fact]
    public async Task Answers_at_the_prompt_and_pages_with_more()
    {
        var run = await CliRun.RunAsync("/sources\nmore\nmore\nquit\n/help\n", "chat", "--knowledge", CliRun.BundledKnowledge);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("I answer from 7 sources", run.Out);
        Assert.Contains("6. ", run.Out);
        Assert.Contains("Nothing more to show.", run.Out);
        Assert.DoesNotContain("/who said <words of a quote>", run.Out); // quit came before /help
    }

    [Fact]
    public async Task Unknown_verbs_print_the_usage()
    {
        var run = await CliRun.RunAsync("", "frobnicate");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usage: peacebot", run.Error);
    }
}
