namespace PeaceBot.Tests.Terminal;

public sealed class CheckVerbTests
{
    [Fact]
    public async Task The_bundled_knowledge_has_no_problems()
    {
        var run = await CliRun.RunAsync("", "check", CliRun.BundledKnowledge);
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Contains("0 problem", run.Error);
    }

    [Fact]
    public async Task Lists_each_problem_as_file_line_message_and_fails()
    {
        var dir = Directory.CreateTempSubdirectory("peacebot-check-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "good.md"), "---\ntitle: Good\npublished: 2025-03-01\n---\nA fine paragraph.\n");
            File.WriteAllText(Path.Combine(dir.FullName, "bad-date.md"), "---\ntitle: Bad\npublished: March 2025\n---\nText.\n");
            File.WriteAllText(Path.Combine(dir.FullName, "plan.md"), "---\ntitle: P\nkind: plan\nplan: p-3\n---\n1. One.\n3. Three.\n");

            var run = await CliRun.RunAsync("", "check", dir.FullName);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains(run.Lines, l => l.StartsWith("bad-date.md:3:", StringComparison.Ordinal));
            Assert.Contains(run.Lines, l => l.StartsWith("plan.md:", StringComparison.Ordinal));
            // A bad date is reported but the file still serves; the plan with a gap in its numbering serves too.
            Assert.Contains("3 files loaded", run.Error);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
