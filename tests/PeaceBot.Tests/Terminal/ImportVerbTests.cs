namespace PeaceBot.Tests.Terminal;

public sealed class ImportVerbTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("peacebot-import-verb-").FullName;

    private string Knowledge => Path.Combine(_root, "knowledge");

    public ImportVerbTests()
    {
        Directory.CreateDirectory(Knowledge);
        File.WriteAllText(Path.Combine(_root, "page.txt"),
            "Talks on a grain corridor resume in Istanbul\nThursday, March 5, 2026\n\n\"We are ready to sign the inspection rules this week,\" said Mehmet Aydin, the Turkish mediator.\n");
    }

    [Fact]
    public async Task A_file_is_written_to_the_import_folder_previewed_and_passes_check()
    {
        var run = await CliRun.RunAsync("", "import", Path.Combine(_root, "page.txt"), "--knowledge", Knowledge);

        var written = Path.Combine(Knowledge, "imported", "talks-on-a-grain-corridor-resume-in-istanbul.md");
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(written));
        Assert.Equal($"wrote {written}", run.Lines[0]);
        Assert.Contains("Title: Talks on a grain corridor resume in Istanbul", run.Out);
        Assert.Contains("Date: 2026-03-05 (from the text's opening lines)", run.Out);
        Assert.Contains("  - Mehmet Aydin: “We are ready to sign the inspection rules this week,”", run.Out);
        Assert.Contains("Problems: none", run.Out);

        var check = await CliRun.RunAsync("", "check", Knowledge);
        Assert.Equal(0, check.ExitCode);
    }

    [Fact]
    public async Task A_dry_run_writes_nothing_and_still_exits_0()
    {
        var target = Path.Combine(_root, "elsewhere");
        var run = await CliRun.RunAsync("", "import", Path.Combine(_root, "page.txt"), "--to", target, "--dry-run", "--knowledge", Knowledge);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("would write ", run.Lines[0]);
        Assert.False(Directory.Exists(target) && Directory.EnumerateFiles(target).Any());
    }

    [Fact]
    public async Task A_refused_import_exits_1_with_the_reason_on_stderr()
    {
        var run = await CliRun.RunAsync("", "import", "http://127.0.0.1:9/story", "--to", Path.Combine(_root, "out"), "--knowledge", Knowledge);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("peacebot import: refused: '127.0.0.1' is a loopback address; imports only fetch from public addresses", run.Error.Trim());
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import", "a", "b")]
    [InlineData("import", "--frobnicate", "x")]
    public async Task Bad_arguments_exit_2_with_usage(params string[] args)
    {
        var run = await CliRun.RunAsync("", args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usage: peacebot import [options]", run.Error);
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}
