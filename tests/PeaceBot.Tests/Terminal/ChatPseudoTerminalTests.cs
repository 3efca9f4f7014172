using System.Text.RegularExpressions;

namespace PeaceBot.Tests.Terminal;

/// <summary>
/// <c>peacebot chat</c> on a real pseudo-terminal, keys typed as a person would: the line editor (RadLine) reads
/// them, so this is the one test of what a terminal user sees — did-you-mean, paging, Up-arrow history.
/// </summary>
public sealed partial class ChatPseudoTerminalTests
{
    private const string Up = "\u001b[A";
    private const string Enter = "\r";

    [PseudoTerminalFact]
    public async Task A_typo_gets_did_you_mean_more_pages_and_the_up_arrow_reruns_the_previous_question()
    {
        using var pty = PseudoTerminal.Start(Command("chat", "--knowledge", CliRun.BundledKnowledge));
        await pty.WaitForAsync("PeaceBot — 7 sources");
        await WaitForPromptAsync(pty);

        pty.Type("/sorces" + Enter);
        await pty.WaitForAsync("Unknown command /sorces. Did you mean /sources?");
        await WaitForPromptAsync(pty);

        pty.Type("/sources" + Enter);
        await pty.WaitForAsync("(more: type 'more')");
        await WaitForPromptAsync(pty);
        Assert.Contains("1. ", pty.Screen);
        Assert.DoesNotContain("6. ", pty.Screen);

        pty.Type("more" + Enter);
        await pty.WaitForAsync("6. ");
        await WaitForPromptAsync(pty);
        Assert.Equal(1, PseudoTerminal.Count(pty.Screen, "(more: type 'more')"));

        // Up recalls "more", Up again "/sources"; Enter asks it again: page 1 once more, not page 3 or nothing.
        pty.Type(Up + Up);
        await pty.WaitForAsync("> /sources", PseudoTerminal.Count(pty.Screen, "> /sources") + 1);
        pty.Type(Enter);
        await pty.WaitForAsync("(more: type 'more')", 2);
        await WaitForPromptAsync(pty);
        Assert.DoesNotContain("Nothing more to show.", pty.Screen);

        pty.Type("quit" + Enter);
        Assert.Equal(0, await pty.ExitCodeAsync());
        // Typed text was read by the editor, not echoed twice by the terminal's own line mode.
        Assert.DoesNotContain("/sorces/sorces", pty.Screen);
    }

    [PseudoTerminalFact]
    public async Task Home_edits_the_line_in_place_and_ctrl_d_on_an_empty_line_leaves()
    {
        using var pty = PseudoTerminal.Start(Command("chat", "--knowledge", CliRun.BundledKnowledge));
        await pty.WaitForAsync("PeaceBot — 7 sources");
        await WaitForPromptAsync(pty);

        // "sources" typed, then Home and "/" inserted at the start of the line.
        pty.Type("sources\u001b[H/" + Enter);
        await pty.WaitForAsync("I answer from 7 sources");
        await WaitForPromptAsync(pty);

        // Ctrl+D on a line with text is ignored; on an empty line it leaves, as end of piped input does.
        pty.Type("x\u0004\u007f/sorces" + Enter);
        await pty.WaitForAsync("Did you mean /sources?");
        await WaitForPromptAsync(pty);
        pty.Type("\u0004");
        Assert.Equal(0, await pty.ExitCodeAsync());
        Assert.DoesNotContain("x/sorces", pty.Screen);
    }

    [PseudoTerminalFact]
    public async Task A_dumb_terminal_gets_plain_lines_and_no_escape_codes()
    {
        using var pty = PseudoTerminal.Start(Command("chat", "--knowledge", CliRun.BundledKnowledge), new Dictionary<string, string> { ["TERM"] = "dumb" });
        await pty.WaitForAsync("PeaceBot — 7 sources");

        pty.Type("/sorces" + Enter);
        await pty.WaitForAsync("Did you mean /sources?");
        pty.Type("quit" + Enter);
        Assert.Equal(0, await pty.ExitCodeAsync());
        Assert.DoesNotContain("Indexing ", pty.Raw);
        Assert.DoesNotContain("\u001b[", pty.Raw);
    }

    /// <summary>An empty prompt waiting at rest: the editor's last drawing is "&gt;" and the cursor put after it.</summary>
    private static Task WaitForPromptAsync(PseudoTerminal pty) => WaitUntilAsync(pty, () => PromptAtRest().IsMatch(pty.Raw));

    private static async Task WaitUntilAsync(PseudoTerminal pty, Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new Xunit.Sdk.XunitException($"no prompt; screen:\n{pty.Screen}");
            await Task.Delay(50);
        }
    }

    private static string Command(params string[] args)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var dll = Path.Combine(AppContext.BaseDirectory, "PeaceBot.dll");
        return string.Join(' ', new[] { dotnet, dll }.Concat(args).Select(Quote));
    }

    private static string Quote(string word) => "'" + word.Replace("'", "'\\''") + "'";

    [GeneratedRegex(@"\u001b\[1G> *\u001b\[3G$")]
    private static partial Regex PromptAtRest();
}
