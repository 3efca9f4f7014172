using PeaceBot.Tests.Terminal;

namespace PeaceBot.Tests.Cli;

/// <summary>The command line comes from System.CommandLine: help for the tool and each verb, and clear usage errors.</summary>
public sealed class CliAppTests
{
    [Fact]
    public async Task Help_lists_every_verb()
    {
        var run = await CliRun.RunAsync("", "--help");
        Assert.Equal(0, run.ExitCode);
        foreach (var verb in new[] { "chat", "ask", "check", "serve", "probe", "discord", "bench" })
            Assert.Contains($"\n  {verb} ", run.Out);
    }

    [Fact]
    public async Task Without_a_verb_it_prints_the_help_and_exits_2()
    {
        var run = await CliRun.RunAsync("");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Commands:", run.Out);
    }

    [Theory]
    [InlineData("ask", "--page-size <N>")]
    [InlineData("bench", "--passages <N>")]
    [InlineData("check", "<DIR>")]
    public async Task Each_verb_has_its_own_help(string verb, string option)
    {
        var run = await CliRun.RunAsync("", verb, "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(option, run.Out);
    }

    [Fact]
    public async Task Chat_help_lists_the_chat_commands_from_the_catalog()
    {
        var run = await CliRun.RunAsync("", "chat", "--help");
        foreach (var form in Core.Commands.CommandCatalog.All.SelectMany(m => m.Forms))
            Assert.Contains(form.Usage, run.Out);
    }

    [Theory]
    [InlineData("bench", "--passages", "0")]
    [InlineData("check", "a", "b")]
    [InlineData("discord")]
    public async Task Bad_command_lines_get_exit_2_and_a_pointer_to_help(params string[] args)
    {
        var run = await CliRun.RunAsync("", args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"peacebot {args[0]}", run.Error);
        Assert.Contains("--help", run.Error);
    }
}
